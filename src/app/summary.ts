// Counts and facts of a run for the pane, the ribbon and the CLI (pure).
import type { Block } from "../grid/types";
import type { Classification } from "../domain/classification";
import { kotakCounts, poolCounts } from "../domain/classify";
import type { PreparedRun } from "./prepare";
import type { RunSummary } from "./types";
import type { TalentaTable } from "../domain/table";
import type { FieldId } from "../domain/fields";

/** Jenjang when the sheet has it, else the eselon (which names the level for structural posts). */
function jenjangField(table: TalentaTable): FieldId {
  return table.fields.jenjang ? "jenjang" : "eselon";
}

function countsBy(table: TalentaTable, field: FieldId, c: Classification): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const column = table.fields[field];
  if (!column || column.kind !== "text") return out;
  const values = column.values;
  for (let i = 0; i < c.kotak.length; i++) {
    const key = values[i] ?? "";
    (out[key] ??= new Array(10).fill(0))[c.kotak[i]]++;
  }
  return out;
}

export function summarize(run: PreparedRun, c: Classification, sheetsWritten: string[], resultBlock?: Block): RunSummary {
  const counts = kotakCounts(c);
  // KRS Instansi holds every pool box (9 included); KRS Nasional is its subset (RULES §1).
  const pools = poolCounts(c, run.config);
  const rows = c.kotak.length;
  // Flagged = classified rows that carry an issue, so not classified + flagged = the rows Validasi lists.
  const flagged = new Set(c.issues.filter((i) => c.kotak[i.row] > 0).map((i) => i.row));
  const d = run.detection;
  return {
    sheet: run.sheet.name,
    headerRows: d.headerRows,
    firstDataRow: d.firstDataRow,
    lastDataRow: d.lastDataRow,
    columns: d.columns.map((col) => ({ col: col.col, header: col.header, field: col.field, via: col.via })),
    presetId: run.config.preset,
    presetReason: run.presetReason,
    rows,
    classified: rows - counts[0],
    notClassified: counts[0],
    flagged: flagged.size,
    kotakCounts: Array.from(counts),
    poolInstansi: pools.total,
    poolNasional: pools.nasional,
    issues: c.issues,
    groupCounts: { unitKerja: countsBy(run.table, "unitKerja", c), jenjang: countsBy(run.table, jenjangField(run.table), c) },
    sheetsWritten,
    resultColumns: resultBlock
      ? { first: resultBlock.col, last: resultBlock.col + (resultBlock.values[0]?.length ?? 1) - 1 }
      : { first: run.table.endCol, last: run.table.endCol - 1 },
  };
}
