// How Excel stores a value written through Range.values. Modelled so tests can fail the way Excel would:
// a string that looks like a number, boolean or formula is converted unless the cell is formatted as text
// ("@"), and a leading apostrophe is Excel's quote prefix, not part of the value.
import type { CellValue } from "../../../src/grid/types";
import { cellKey, type FakeSheet, formatAt } from "./model";

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

export function writeCell(sheet: FakeSheet, row: number, col: number, v: unknown): void {
  if (v === null || v === undefined) return; // Office.js: null in an input array leaves the cell unchanged
  const key = cellKey(row, col);
  sheet.formulas.delete(key);
  sheet.quotePrefix.delete(key);
  const values = (sheet.values[row] ??= []);
  if (typeof v !== "string") {
    values[col] = v as CellValue;
    return;
  }
  if (v === "") {
    values[col] = null;
    return;
  }
  if (v.startsWith("'")) {
    sheet.quotePrefix.add(key);
    values[col] = v.slice(1) === "" ? null : v.slice(1);
    return;
  }
  if (formatAt(sheet, row, col) === "@") {
    values[col] = v;
    return;
  }
  if (NUMBER.test(v)) {
    values[col] = Number(v);
    return;
  }
  if (/^(true|false)$/i.test(v)) {
    values[col] = v.toLowerCase() === "true";
    return;
  }
  if (/^[=+\-@]/.test(v)) {
    // User text parsed as a formula: Excel would evaluate it; text like "=catatan" gives #NAME?.
    sheet.formulas.set(key, v.startsWith("=") ? v : `=${v}`);
    values[col] = "#NAME?";
    return;
  }
  values[col] = v;
}
