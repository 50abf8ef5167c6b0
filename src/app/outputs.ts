// Everything a run writes, built in memory (pure) before the host is touched.
import type { Block, Grid } from "../grid/types";
import type { OwnedSheet, ReportInput } from "../report/types";
import { buildResultColumns } from "../report/result-columns";
import { buildKotak9Sheet } from "../report/kotak9-sheet";
import { buildValidasiSheet } from "../report/validasi-sheet";
import { buildKonfigurasiSheet } from "../report/konfigurasi-sheet";

export interface RunOutputs {
  resultColumns: Block;
  sheets: OwnedSheet[];
}

export function buildOutputs(input: ReportInput & { grid: Grid }): RunOutputs {
  return {
    resultColumns: buildResultColumns(input),
    sheets: [buildKotak9Sheet(input), buildValidasiSheet(input), buildKonfigurasiSheet(input)],
  };
}
