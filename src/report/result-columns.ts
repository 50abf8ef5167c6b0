// RULES §7: the ten result columns, right of the data, headed in the lowest header row.
import { formatIssue, LEVEL_LABELS, RESULT_COLUMNS, type Lang } from "../domain/glossary";
import { KOTAK_INFO, poolOf } from "../domain/ninebox";
import type { Issue } from "../domain/issues";
import type { TalentaTable } from "../domain/table";
import type { Block, CellStyle, CellValue, ColumnBlock, FormatRange, Grid } from "../grid/types";
import { TALENTA_HEADER } from "./palette";
import { POOL_SHORT } from "./report-labels";
import { issuesByRow } from "./run-counts";
import type { ReportInput } from "./types";

export const RESULT_COLUMN_COUNT = RESULT_COLUMNS.length;

/** Separator between the items of a recommendation: one line per row keeps the user's table compact. */
export const REKOMENDASI_SEPARATOR = "; ";
/** Separator between the notes of one row. */
export const CATATAN_SEPARATOR = " | ";

// One line: the widths below make room for each header, and a header wrapped inside the user's one-line
// header row showed only its middle line ("Kinerja" for "Nilai Kinerja (Y)").
const HEADER_STYLE: CellStyle = {
  bold: true,
  fontColor: TALENTA_HEADER.font,
  fill: TALENTA_HEADER.fill,
  hAlign: "center",
  vAlign: "center",
  wrap: false,
  border: "thin",
  numberFormat: "@",
};

/** The cells of the result columns in a header row above the lowest: filled, so the block meets the table's top. */
const HEADER_ABOVE_STYLE: CellStyle = { fill: TALENTA_HEADER.fill, border: "thin" };

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

/**
 * Column widths in characters (Excel's column-width box), from the texts a column can hold in the run's
 * language: a header (bold) about one digit-width a character plus two, a value a little less a character.
 * Body texts are not wrapped: a wrapped cell makes Excel size its row again, which for the user's table means
 * every row taller (and 100,000 rows measured on opening), so the widths carry the texts instead. Rekomendasi
 * (up to 120 characters) and Catatan are held to 60: wider columns than a screen or a portrait page; the rest of
 * a long recommendation shows over an empty Catatan cell, and whole in the cell's own text.
 */
const LONG_TEXT_WIDTH = 60;
/** A short header ("Box") still gets a column that reads as one, not a sliver. */
const MIN_WIDTH = 7;
const headerChars = (text: string) => text.length + 2;
const valueChars = (texts: readonly string[]) => Math.max(0, ...texts.map((t) => Math.ceil(t.length * 0.95) + 2));
/** "100.00": a score's widest text. */
const SCORE_TEXT = "100.00";

export function resultColumnWidths(lang: Lang): number[] {
  const levels = (axis: "kinerja" | "potensial") => [1, 2, 3].map((l) => LEVEL_LABELS[axis][l as 1 | 2 | 3][lang]);
  const kotak = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
  const values: (readonly string[] | "long")[] = [
    [SCORE_TEXT],
    [SCORE_TEXT],
    levels("kinerja"),
    levels("potensial"),
    ["9"],
    kotak.map((k) => KOTAK_INFO[k].kategori[lang]),
    "long",
    Object.values(POOL_SHORT).map((p) => p[lang]),
    [SCORE_TEXT],
    "long",
  ];
  return RESULT_COLUMNS.map((col, i) => {
    const texts = values[i];
    return texts === "long" ? LONG_TEXT_WIDTH : Math.max(MIN_WIDTH, headerChars(col.label[lang]), valueChars(texts));
  });
}

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

// A plain function, not a closure made per run: the loop's call site then sees the same target on every run.
function catatan(rowNotes: readonly Issue[], lang: Lang): string {
  return rowNotes.map((issue) => formatIssue(issue, lang)).join(CATATAN_SEPARATOR);
}

/** The ten body columns, in RESULT_COLUMNS order; rows between records stay empty (NaN / null). */
interface ResultBody {
  kinerjaScore: Float64Array;
  potensialScore: Float64Array;
  kinerja: CellValue[];
  potensial: CellValue[];
  kotak: Float64Array;
  kategori: CellValue[];
  rekomendasi: CellValue[];
  pool: CellValue[];
  nilaiTalenta: Float64Array;
  catatan: CellValue[];
}

function emptyBody(height: number): ResultBody {
  const numbers = () => new Float64Array(height).fill(NaN);
  const texts = () => new Array<CellValue>(height).fill(null);
  return {
    kinerjaScore: numbers(),
    potensialScore: numbers(),
    kinerja: texts(),
    potensial: texts(),
    kotak: numbers(),
    kategori: texts(),
    rekomendasi: texts(),
    pool: texts(),
    nilaiTalenta: numbers(),
    catatan: texts(),
  };
}

/**
 * Each record at its body row (sheet row − header row − 1). The row loops take arrays and numbers only, never an
 * object made for one run: the GC between runs frees such objects' hidden classes, and a loop compiled for them is
 * thrown away and compiled again (measured: 40 ms a run for this fill, against a few).
 */
function fillBody(body: ResultBody, input: ReportInput, headerRow: number, notes: readonly (Issue[] | undefined)[]): void {
  const { lang, table } = input;
  const c = input.classification;
  const { kategori, rekomendasi, pool } = perKotakTexts(input);
  const bodyRows = new Int32Array(table.sheetRows.length);
  placeRecords(table.sheetRows, headerRow, bodyRows);
  copyNumbers(bodyRows, c.kinerjaScore, body.kinerjaScore);
  copyNumbers(bodyRows, c.potensialScore, body.potensialScore);
  copyNumbers(bodyRows, c.nilaiTalenta, body.nilaiTalenta);
  copyKotak(bodyRows, c.kotak, body.kotak);
  copyTexts(bodyRows, c.kinerjaLevel, levelTexts("kinerja", lang), body.kinerja);
  copyTexts(bodyRows, c.potensialLevel, levelTexts("potensial", lang), body.potensial);
  copyTexts(bodyRows, c.kotak, kategori, body.kategori);
  copyTexts(bodyRows, c.kotak, rekomendasi, body.rekomendasi);
  copyTexts(bodyRows, c.kotak, pool, body.pool);
  writeNotes(bodyRows, notes, lang, body.catatan);
}

function writeNotes(bodyRows: Int32Array, notes: readonly (Issue[] | undefined)[], lang: Lang, to: CellValue[]): void {
  for (let i = 0; i < bodyRows.length; i++) {
    const rowNotes = notes[i];
    if (bodyRows[i] >= 0 && rowNotes !== undefined) to[bodyRows[i]] = catatan(rowNotes, lang);
  }
}

/** Record i's body row, or -1 for a record at or above one already placed (sheet/ never gives one: it would break the block). */
function placeRecords(sheetRows: Int32Array, headerRow: number, out: Int32Array): void {
  let next = 0;
  for (let i = 0; i < sheetRows.length; i++) {
    const r = sheetRows[i] - headerRow - 1;
    out[i] = r < next ? -1 : r;
    if (r >= next) next = r + 1;
  }
}

function copyNumbers(bodyRows: Int32Array, from: Float64Array, to: Float64Array): void {
  for (let i = 0; i < bodyRows.length; i++) if (bodyRows[i] >= 0) to[bodyRows[i]] = from[i];
}

function copyKotak(bodyRows: Int32Array, kotak: Uint8Array, to: Float64Array): void {
  for (let i = 0; i < bodyRows.length; i++) if (bodyRows[i] >= 0 && kotak[i] !== 0) to[bodyRows[i]] = kotak[i];
}

/** The text of each record's code (level or kotak); a code without a text leaves the cell empty. */
function copyTexts(bodyRows: Int32Array, codes: Uint8Array, texts: readonly (string | null)[], to: CellValue[]): void {
  for (let i = 0; i < bodyRows.length; i++) if (bodyRows[i] >= 0) to[bodyRows[i]] = texts[codes[i]] ?? null;
}

/**
 * The result columns as one block at (lowest header row, table.endCol): the header, then one row per record at
 * its own sheet row. Rows between records (blank or skipped rows) get empty cells: they are Talenta's columns too.
 * Stored by column: ten arrays for 100,000 records rather than 100,000 row arrays.
 */
export function buildResultColumns(input: ReportInput): ColumnBlock {
  const { table, classification: c, lang } = input;
  const headerRow = table.headerRows[table.headerRows.length - 1];
  const n = table.sheetRows.length;
  const lastRow = n > 0 ? Math.max(headerRow, table.sheetRows[n - 1]) : headerRow;
  const height = lastRow - headerRow + 1;

  const body = emptyBody(height - 1);
  fillBody(body, input, headerRow, issuesByRow(c.issues, n));
  // RESULT_COLUMNS order.
  const columns = [
    body.kinerjaScore, body.potensialScore, body.kinerja, body.potensial, body.kotak,
    body.kategori, body.rekomendasi, body.pool, body.nilaiTalenta, body.catatan,
  ];

  const formats: FormatRange[] = [{ row: 0, col: 0, rows: 1, cols: RESULT_COLUMN_COUNT, style: HEADER_STYLE }];
  if (height > 1) {
    for (const [col, cols, style] of COLUMN_STYLES) formats.push({ row: 1, col, rows: height - 1, cols, style });
  }
  return {
    sheet: table.sheet,
    row: headerRow,
    col: table.endCol,
    head: [RESULT_COLUMNS.map((col) => col.label[lang])],
    columns,
    formats,
    widths: resultColumnWidths(lang),
  };
}

/**
 * Where the user's header spans more than one row (a group row above the column names), the result columns'
 * cells in the upper rows, filled like the header, so the block stands as high as the table. Only a row whose
 * ten cells read empty and lie in no merged range. A block of formats alone (no values): a cell that reads empty
 * may still hold something — a formula whose result is "" — and a format never removes it.
 */
export function buildResultHeaderAbove(input: ReportInput & { grid: Grid }): Block[] {
  const { table, grid } = input;
  const { first, last } = resultColumnRange(table);
  const blocks: Block[] = [];
  for (const row of table.headerRows.slice(0, -1)) {
    if (!cellsFree(grid, row, first, last)) continue;
    blocks.push({
      sheet: table.sheet,
      row,
      col: first,
      values: [],
      formats: [{ row: 0, col: 0, rows: 1, cols: RESULT_COLUMN_COUNT, style: HEADER_ABOVE_STYLE }],
    });
  }
  return blocks;
}

function cellsFree(grid: Grid, row: number, first: number, last: number): boolean {
  const values = grid.values[row - grid.origin.row];
  for (let col = first; col <= last; col++) {
    const v = values?.[col - grid.origin.col];
    if (v !== null && v !== undefined) return false;
  }
  return !grid.merges.some((m) => row >= m.row && row < m.row + m.rows && m.col <= last && m.col + m.cols > first);
}
