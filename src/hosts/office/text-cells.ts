// Turning a block's cells into what Range.values and Range.numberFormat receive. Pure.
// RULES §7: text copied from the user's cells is written as text, never as a formula. Two defences
// (reference office-addin.md §3.5): the cell is formatted "@" before its value is set, and a string that
// Excel could read as a formula, a number sign or its own quote prefix gets a leading apostrophe, which
// Excel keeps as the quote prefix rather than as part of the value.
import type { CellValue, FormatRange } from "../../grid/types";

const NEEDS_QUOTE = /^[=+\-@'\t\r]/;
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

export function excelText(s: string): string {
  return NEEDS_QUOTE.test(s) ? `'${s}` : s;
}

export type ExcelValue = string | number | boolean;

/** Office.js ignores null in an input array (the cell keeps its old value), so empty is written as "". */
export function excelValue(v: CellValue): ExcelValue {
  if (v === null) return "";
  if (typeof v === "string") return excelText(v);
  if (typeof v === "number" && !Number.isFinite(v)) throw new TypeError(`cannot write ${v} to a cell`);
  return v;
}

/** Number format of each cell: "@" for text, else the block's own format for it, else General. */
export function numberFormatGrid(values: CellValue[][], formats: FormatRange[] = []): string[][] {
  const rows = values.length;
  const cols = rows ? values[0].length : 0;
  const grid = values.map((row) => row.map(() => GENERAL_FORMAT));
  for (const f of formats) {
    const nf = f.style.numberFormat;
    if (nf === undefined) continue;
    for (let r = Math.max(0, f.row); r < Math.min(rows, f.row + f.rows); r++) {
      for (let c = Math.max(0, f.col); c < Math.min(cols, f.col + f.cols); c++) grid[r][c] = nf;
    }
  }
  values.forEach((row, r) => row.forEach((v, c) => { if (typeof v === "string") grid[r][c] = TEXT_FORMAT; }));
  return grid;
}
