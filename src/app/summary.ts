// Counts and facts of a run for the pane, the ribbon and the CLI (pure).
import { blockWidth, type AnyBlock } from "../grid/block";
import type { Classification } from "../domain/classification";
import { kotakCounts, poolCounts } from "../domain/classify";
import type { PreparedRun } from "./prepare";
import type { RunSummary } from "./types";
import type { TalentaTable } from "../domain/table";
import type { FieldId } from "../domain/fields";
import { JENJANG_LABEL, resolveJenjang } from "../domain/succession/jenjang";

function textColumn(table: TalentaTable, field: FieldId): readonly (string | undefined)[] | undefined {
  const column = table.fields[field];
  return column?.kind === "text" ? column.values : undefined;
}

/** Counts per group key (index 0 = not classified, 1..9 = kotak). */
function countBy(keys: (i: number) => string, c: Classification): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (let i = 0; i < c.kotak.length; i++) (out[keys(i)] ??= new Array(10).fill(0))[c.kotak[i]]++;
  return out;
}

/**
 * The jenjang of each row as RULES §8 reads it: a `Jenjang` / `Jenis Jabatan` value wins, else the level the
 * eselon names (III.a → Administrator). Shown under its official label; an unreadable value is shown as typed.
 */
function jenjangKeys(table: TalentaTable): ((i: number) => string) | undefined {
  const jenjang = textColumn(table, "jenjang");
  const eselon = textColumn(table, "eselon");
  if (!jenjang && !eselon) return undefined;
  const memo = new Map<string, string>();
  return (i) => {
    const j = jenjang?.[i], e = eselon?.[i];
    const pair = `${j ?? ""}\u0000${e ?? ""}`;
    let key = memo.get(pair);
    if (key === undefined) {
      const level = resolveJenjang(j, e);
      key = level ? JENJANG_LABEL[level] : (j ?? e ?? "");
      memo.set(pair, key);
    }
    return key;
  };
}

function groupCounts(table: TalentaTable, c: Classification): RunSummary["groupCounts"] {
  const unit = textColumn(table, "unitKerja");
  const jenjang = jenjangKeys(table);
  return {
    unitKerja: unit ? countBy((i) => unit[i] ?? "", c) : {},
    jenjang: jenjang ? countBy(jenjang, c) : {},
  };
}

export function summarize(run: PreparedRun, c: Classification, sheetsWritten: string[], resultBlock?: AnyBlock): RunSummary {
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
    groupCounts: groupCounts(run.table, c),
    sheetsWritten,
    resultColumns: resultBlock
      ? { first: resultBlock.col, last: resultBlock.col + Math.max(1, blockWidth(resultBlock)) - 1 }
      : { first: run.table.endCol, last: run.table.endCol - 1 },
  };
}
