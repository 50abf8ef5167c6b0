// RULES §7: the ten result columns, right of the data, headed in the lowest header row.
import { formatIssue, LEVEL_LABELS, RESULT_COLUMNS, type Lang } from "../domain/glossary";
import { KOTAK_INFO, poolOf } from "../domain/ninebox";
import type { Issue } from "../domain/issues";
import type { TalentaTable } from "../domain/table";
import type { Block, CellStyle, CellValue, FormatRange } from "../grid/types";
import { TALENTA_HEADER } from "./palette";
import { POOL_SHORT } from "./report-labels";
import { issuesByRow } from "./run-counts";
import type { ReportInput } from "./types";

export const RESULT_COLUMN_COUNT = RESULT_COLUMNS.length;

/** Separator between the items of a recommendation: one line per row keeps the user's table compact. */
export const REKOMENDASI_SEPARATOR = "; ";
/** Separator between the notes of one row. */
export const CATATAN_SEPARATOR = " | ";

const HEADER_STYLE: CellStyle = {
  bold: true,
  fontColor: TALENTA_HEADER.font,
  fill: TALENTA_HEADER.fill,
  hAlign: "center",
  vAlign: "center",
  wrap: true,
  border: "thin",
  numberFormat: "@",
};

// Column formats by position in RESULT_COLUMNS order (RULES §2: scores unrounded, shown with 2 decimals).
const SCORE: CellStyle = { numberFormat: "0.00", wrap: false };
const TEXT: CellStyle = { numberFormat: "@", wrap: false };
const KOTAK: CellStyle = { numberFormat: "0", hAlign: "center", wrap: false };
const COLUMN_STYLES: readonly (readonly [first: number, count: number, style: CellStyle])[] = [
  [0, 2, SCORE], // Nilai Kinerja (Y), Nilai Potensial (X)
  [2, 2, TEXT], // Kinerja, Potensial
  [4, 1, KOTAK],
  [5, 3, TEXT], // Kategori, Rekomendasi, Kelompok Rencana Suksesi
  [8, 1, SCORE], // Nilai Talenta
  [9, 1, TEXT], // Catatan Talenta
];

/** The sheet columns Talenta writes its results to (inclusive). */
export function resultColumnRange(table: TalentaTable): { first: number; last: number } {
  return { first: table.endCol, last: table.endCol + RESULT_COLUMN_COUNT - 1 };
}

export function isResultColumn(table: TalentaTable, col: number): boolean {
  const { first, last } = resultColumnRange(table);
  return col >= first && col <= last;
}

const RESULT_HEADER_KEYS = new Set(
  RESULT_COLUMNS.flatMap((c) => [c.label.id, c.label.en]).map((t) => t.trim().toLowerCase()),
);

/** A header a previous run wrote (either language): lets a re-run recognise and replace Talenta's own columns. */
export function isResultHeader(text: CellValue): boolean {
  return typeof text === "string" && RESULT_HEADER_KEYS.has(text.trim().toLowerCase());
}

function score(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

/** Texts that depend only on the kotak, worked out once per run rather than once per row. */
function perKotakTexts(input: ReportInput) {
  const { lang, config } = input;
  const kategori: (string | null)[] = [null];
  const rekomendasi: (string | null)[] = [null];
  const pool: (string | null)[] = [null];
  for (let k = 1 as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9; k <= 9; k++) {
    kategori.push(KOTAK_INFO[k].kategori[lang]);
    rekomendasi.push(KOTAK_INFO[k].rekomendasi[lang].join(REKOMENDASI_SEPARATOR));
    const p = poolOf(k, config);
    pool.push(p ? POOL_SHORT[p][lang] : null);
  }
  return { kategori, rekomendasi, pool };
}

function levelTexts(axis: "kinerja" | "potensial", lang: Lang): (string | null)[] {
  const labels = LEVEL_LABELS[axis];
  return [null, labels[1][lang], labels[2][lang], labels[3][lang]];
}

interface RowTexts {
  kategori: (string | null)[];
  rekomendasi: (string | null)[];
  pool: (string | null)[];
  kinerjaLevel: (string | null)[];
  potensialLevel: (string | null)[];
}

// A plain function, not a closure made per run: the loop's call site then sees the same target on every run.
function catatan(rowNotes: readonly Issue[], lang: Lang): string {
  return rowNotes.map((issue) => formatIssue(issue, lang)).join(CATATAN_SEPARATOR);
}

/** One row per record at its sheet row; a function of its own, so the 100,000-row loop stays optimised between runs. */
function fillRows(
  values: CellValue[][],
  sheetRows: Int32Array,
  headerRow: number,
  c: ReportInput["classification"],
  t: RowTexts,
  notes: readonly (Issue[] | undefined)[],
  lang: Lang,
): void {
  const { kinerjaScore, potensialScore, kinerjaLevel, potensialLevel, kotak, nilaiTalenta } = c;
  let next = 1;
  for (let i = 0; i < sheetRows.length; i++) {
    const r = sheetRows[i] - headerRow;
    if (r < next) continue; // a record at or above the header would break the block; sheet/ never gives one
    for (; next < r; next++) values[next] = new Array(RESULT_COLUMN_COUNT).fill(null);
    const k = kotak[i];
    const rowNotes = notes[i];
    values[r] = [
      score(kinerjaScore[i]),
      score(potensialScore[i]),
      t.kinerjaLevel[kinerjaLevel[i]] ?? null,
      t.potensialLevel[potensialLevel[i]] ?? null,
      k === 0 ? null : k,
      t.kategori[k] ?? null,
      t.rekomendasi[k] ?? null,
      t.pool[k] ?? null,
      score(nilaiTalenta[i]),
      rowNotes === undefined ? null : catatan(rowNotes, lang),
    ];
    next = r + 1;
  }
}

/**
 * The result columns as one block at (lowest header row, table.endCol): the header, then one row per record at
 * its own sheet row. Rows between records (blank or skipped rows) get empty cells: they are Talenta's columns too.
 */
export function buildResultColumns(input: ReportInput): Block {
  const { table, classification: c, lang } = input;
  const headerRow = table.headerRows[table.headerRows.length - 1];
  const n = table.sheetRows.length;
  const lastRow = n > 0 ? Math.max(headerRow, table.sheetRows[n - 1]) : headerRow;
  const height = lastRow - headerRow + 1;

  const values: CellValue[][] = new Array(height);
  values[0] = RESULT_COLUMNS.map((col) => col.label[lang]);
  const { kategori, rekomendasi, pool } = perKotakTexts(input);
  const kinerjaLevel = levelTexts("kinerja", lang);
  const potensialLevel = levelTexts("potensial", lang);
  const notes = issuesByRow(c.issues, n);
  fillRows(values, table.sheetRows, headerRow, c, { kategori, rekomendasi, pool, kinerjaLevel, potensialLevel }, notes, lang);

  const formats: FormatRange[] = [{ row: 0, col: 0, rows: 1, cols: RESULT_COLUMN_COUNT, style: HEADER_STYLE }];
  if (height > 1) {
    for (const [col, cols, style] of COLUMN_STYLES) formats.push({ row: 1, col, rows: height - 1, cols, style });
  }
  return { sheet: table.sheet, row: headerRow, col: table.endCol, values, formats };
}
