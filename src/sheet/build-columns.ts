// Mapped sheet columns → typed table columns, with the issues found in their cells. Row-major on purpose:
// each sheet row is its own array, so reading all mapped cells of a row at once touches memory once per
// row instead of once per cell (100,000 rows × 20 columns must stay near 100 ms).
//
// The cell loops take arrays, typed arrays and numbers only, never an object made for one run (a closure, the
// issue list's entries): the GC between two runs frees such objects and their hidden classes, and a loop
// compiled for them is thrown away and compiled again on every run (~40 ms of compiling for this file alone).
// They note the rows to flag; the issues are made after the loops.
import { FIELDS, type FieldId, type FieldKind } from "../domain/fields";
import type { FieldColumn } from "../domain/table";
import type { Issue } from "../domain/issues";
import * as nipText from "../domain/nip";
import { cellAddress } from "../grid/a1";
import type { CellValue, Grid } from "../grid/types";
import * as cells from "./cells";

// Bound once for the per-cell loop: under CommonJS (tsx, vitest) every use of an imported name is a getter call.
const { DATE1904_SHIFT, isPercentFormat, nipLostDigits, numberFromCell, parseDateCell, parseNipCell, parseTextCell } = cells;
const { storeNipHalves } = nipText;

export interface ColumnToRead {
  field: FieldId;
  /** 0-based sheet column. */
  col: number;
}

/** The issue of a flagged cell, by kind of column (a text cell is never flagged). */
const FLAG_CODE: Record<FieldKind, Issue["code"]> = {
  text: "not-a-number",
  number: "not-a-number",
  date: "invalid-date",
  nip: "nip-stored-as-number",
};

/** Rows read per pass over the columns: their row arrays (~150 bytes each) stay in the CPU cache. */
const CHUNK = 256;

type Texts = (string | undefined)[];

/**
 * Parses the mapped columns at the given grid rows. Issues carry the record index, the A1 cell, the field and
 * the value as read. Every issue here is a warning: whether a row needs the value is for domain/ to say.
 */
export function buildFieldColumns(grid: Grid, columns: ColumnToRead[], gridRows: Int32Array, issues: Issue[]): FieldColumn[] {
  const n = gridRows.length;
  const m = columns.length;
  const fieldKinds = columns.map((c) => FIELDS[c.field].kind);
  const kinds = Uint8Array.from(fieldKinds, (kind) => KIND_CODE[kind]);
  const gridCols = Int32Array.from(columns, (c) => c.col - grid.origin.col);
  // Per column, only the arrays of its kind are used; the others are empty.
  const texts = fieldKinds.map((kind): Texts => (kind === "text" || kind === "nip" ? new Array<string | undefined>(n) : []));
  const numbers = fieldKinds.map((kind) => new Float64Array(kind === "number" || kind === "date" ? n : 0));
  const halves = fieldKinds.map((kind) => new Int32Array(kind === "nip" ? 2 * n : 0).fill(-1));
  // Record indices of the cells to flag, per column, in row order.
  const flagged = columns.map((): number[] => []);
  // Date serials are read in the 1900 system: a 1904-system workbook's are moved up to it.
  const serialShift = grid.date1904 ? DATE1904_SHIFT : 0;
  // Rows in chunks, then column by column within a chunk: a tight loop per column, while the chunk's row arrays
  // stay in cache. One call per chunk, not one for all rows: a function called once per run is compiled while its
  // loop runs, before its first lines have fed back any types, and that code is thrown away on the next run.
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    readChunk(grid.values, grid.numberFormats, gridRows, from, to, gridCols, kinds, texts, numbers, halves, flagged, serialShift);
  }

  flagUncalculated(grid, columns, gridRows, issues);
  for (let j = 0; j < m; j++) {
    const { field, col } = columns[j];
    const code = FLAG_CODE[fieldKinds[j]];
    for (const i of flagged[j]) {
      const gridRow = gridRows[i];
      issues.push({ code, severity: code === "nip-stored-as-number" ? "error" : "warning", row: i, cell: cellAddress(gridRow + grid.origin.row, col), field, input: cellAt(grid.values, gridRow, gridCols[j]) }); // RULES §6: an error, the row still classified
    }
  }
  return fieldKinds.map((kind, j): FieldColumn => {
    if (kind === "number" || kind === "date") return { kind: "number", values: numbers[j] };
    if (kind === "nip") return { kind: "text", values: texts[j], nipHalves: halves[j] };
    return { kind: "text", values: texts[j] };
  });
}

/**
 * A mapped cell holding a formula saved without its result reads as empty: it gets its own warning, so a row
 * that needs the value says what is really wrong (the formula was never calculated), not that the cell is empty.
 */
function flagUncalculated(grid: Grid, columns: ColumnToRead[], gridRows: Int32Array, issues: Issue[]): void {
  const cells = grid.formulasWithoutValue;
  if (!cells?.length) return;
  const record = new Map<number, number>();
  gridRows.forEach((gridRow, i) => record.set(gridRow + grid.origin.row, i));
  for (const { row, col } of cells) {
    const i = record.get(row);
    const column = columns.find((c) => c.col === col);
    if (i === undefined || !column) continue;
    issues.push({ code: "formula-without-value", severity: "warning", row: i, cell: cellAddress(row, col), field: column.field, input: null });
  }
}

const TEXT = 0;
const NUMBER = 1;
const DATE = 2;
const NIP = 3;
const KIND_CODE: Record<FieldKind, number> = { text: TEXT, number: NUMBER, date: DATE, nip: NIP };

/** Reads the records [from, to) of every column. */
function readChunk(
  values: CellValue[][],
  formats: string[][],
  gridRows: Int32Array,
  from: number,
  to: number,
  gridCols: Int32Array,
  kinds: Uint8Array,
  texts: Texts[],
  numbers: Float64Array[],
  halves: Int32Array[],
  flagged: number[][],
  serialShift: number,
): void {
  for (let j = 0; j < kinds.length; j++) {
    const c = gridCols[j];
    switch (kinds[j]) {
      case TEXT:
        readTexts(values, gridRows, c, from, to, texts[j]);
        break;
      case NIP:
        readNips(values, gridRows, c, from, to, texts[j], halves[j], flagged[j]);
        break;
      case NUMBER:
        readNumbers(values, formats, gridRows, c, from, to, numbers[j], flagged[j]);
        break;
      default:
        readDates(values, gridRows, c, from, to, numbers[j], flagged[j], serialShift);
    }
  }
}

function cellAt(values: CellValue[][], gridRow: number, c: number): CellValue {
  const row = values[gridRow];
  return row === undefined ? null : (row[c] ?? null);
}

function readTexts(values: CellValue[][], gridRows: Int32Array, c: number, from: number, to: number, out: Texts): void {
  for (let i = from; i < to; i++) out[i] = parseTextCell(cellAt(values, gridRows[i], c));
}

function readNips(
  values: CellValue[][],
  gridRows: Int32Array,
  c: number,
  from: number,
  to: number,
  out: Texts,
  halves: Int32Array,
  flagged: number[],
): void {
  for (let i = from; i < to; i++) {
    const v = cellAt(values, gridRows[i], c);
    // Nearly every NIP is 18 digits as typed: its halves are its parse (parseNipCell keeps such a text).
    if (typeof v === "string" && storeNipHalves(v, halves, i)) {
      out[i] = v;
      continue;
    }
    // Otherwise the parsed text (a number, spaces, an apostrophe) gets halves when it is 18 digits.
    const text = parseNipCell(v);
    out[i] = text;
    if (text !== undefined) storeNipHalves(text, halves, i);
    if (nipLostDigits(v)) flagged.push(i);
  }
}

function readNumbers(
  values: CellValue[][],
  formats: string[][],
  gridRows: Int32Array,
  c: number,
  from: number,
  to: number,
  out: Float64Array,
  flagged: number[],
): void {
  // A column has few distinct formats: remember the last one instead of re-reading it per cell.
  let lastFormat: string | undefined;
  let percent = false;
  for (let i = from; i < to; i++) {
    const gridRow = gridRows[i];
    const v = cellAt(values, gridRow, c);
    if (typeof v === "number") {
      const format = formats[gridRow]?.[c];
      if (format !== lastFormat) {
        lastFormat = format;
        percent = isPercentFormat(format);
      }
    }
    const parsed = numberFromCell(v, percent);
    out[i] = parsed === undefined ? NaN : parsed;
    if (parsed === undefined) flagged.push(i);
  }
}

function readDates(values: CellValue[][], gridRows: Int32Array, c: number, from: number, to: number, out: Float64Array, flagged: number[], serialShift: number): void {
  for (let i = from; i < to; i++) {
    const parsed = parseDateCell(cellAt(values, gridRows[i], c), serialShift);
    out[i] = parsed === undefined ? NaN : parsed;
    if (parsed === undefined) flagged.push(i);
  }
}
