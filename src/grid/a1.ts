import type { PrintTitles, Rect } from "./types";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; -1 when the text is not a column. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    if (c < 65 || c > 90) return -1;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** (0, 0) → "A1". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B12" → { row: 11, col: 1 }; undefined when not an address. */
export function parseCellAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(a1.toUpperCase());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Rect → "A1:C3" (a single cell gives "A1"). */
export function rangeAddress(r: Rect): string {
  const a = cellAddress(r.row, r.col);
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** "A1:C3" → Rect; undefined when not a range. */
export function parseRangeAddress(ref: string): Rect | undefined {
  const [a, b] = ref.split(":");
  const p = parseCellAddress(a);
  const q = b === undefined ? p : parseCellAddress(b);
  if (!p || !q) return undefined;
  const row = Math.min(p.row, q.row);
  const col = Math.min(p.col, q.col);
  return { row, col, rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

/** Sheet name quoted for a formula reference: 'Talenta - Kotak 9'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The print titles as Excel writes them, each only when it is a span the sheet can hold: rows "$4:$5", columns
 * "$A:$B". Both hosts take these (the .xlsx host in `_xlnm.Print_Titles`, the Office host in setPrintTitleRows).
 */
export function printTitleAddresses(titles: PrintTitles | undefined): { rows?: string; cols?: string } {
  const ok = (span: { first: number; last: number } | undefined, max: number): span is { first: number; last: number } =>
    span !== undefined && Number.isInteger(span.first) && Number.isInteger(span.last) && span.first >= 0 && span.last >= span.first && span.last < max;
  const out: { rows?: string; cols?: string } = {};
  if (ok(titles?.rows, 1_048_576)) out.rows = `$${titles!.rows!.first + 1}:$${titles!.rows!.last + 1}`;
  if (ok(titles?.cols, 16_384)) out.cols = `$${columnLetters(titles!.cols!.first)}:$${columnLetters(titles!.cols!.last)}`;
  return out;
}
