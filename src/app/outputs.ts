// Everything a run writes, built in memory (pure) before the host is touched.
import type { Block, ColumnBlock, Grid } from "../grid/types";
import type { OwnedSheet, ReportInput } from "../report/types";
import { buildResultColumns, buildResultHeaderAbove } from "../report/result-columns";
import { buildKotak9Sheet } from "../report/kotak9-sheet";
import { buildValidasiSheet } from "../report/validasi-sheet";
import { buildKonfigurasiSheet } from "../report/konfigurasi-sheet";
import type { SuccessionData } from "../report/succession-input";
import { buildSuksesiSheet } from "../report/suksesi-sheet";
import { buildTalentPoolSheet } from "../report/talent-pool-sheet";
import { buildRingkasanSheet } from "../report/ringkasan-sheet";

export interface RunOutputs {
  resultColumns: ColumnBlock;
  /** The result columns' cells in the header rows above theirs, filled (empty cells only). */
  resultHeaderAbove?: Block[];
  sheets: OwnedSheet[];
  /** Row of each key position's block on the Suksesi sheet, when it was built. */
  suksesiBlockRows?: number[];
}

/**
 * With succession data: Talent Pool and Ringkasan always, Suksesi when the workbook has a Jabatan Target
 * sheet (RULES §7, §8). Sheet order is the order the user meets them in.
 */
export function buildOutputs(input: ReportInput & { grid: Grid; succession?: SuccessionData }): RunOutputs {
  const sheets = [buildKotak9Sheet(input)];
  let suksesiBlockRows: number[] | undefined;
  const succession = input.succession;
  if (succession) {
    const withSuccession = { ...input, succession };
    if (succession.targets) {
      const suksesi = buildSuksesiSheet(withSuccession);
      sheets.push(suksesi.sheet);
      suksesiBlockRows = suksesi.blockRows;
    }
    sheets.push(buildTalentPoolSheet(withSuccession), buildRingkasanSheet(withSuccession));
  }
  sheets.push(buildValidasiSheet(input), buildKonfigurasiSheet(input));
  const resultHeaderAbove = buildResultHeaderAbove(input);
  return {
    resultColumns: buildResultColumns(input),
    ...(resultHeaderAbove.length ? { resultHeaderAbove } : {}),
    sheets,
    ...(suksesiBlockRows ? { suksesiBlockRows } : {}),
  };
}
