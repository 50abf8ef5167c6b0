// SheetLayout.tables → Excel tables (ListObjects, ExcelApi 1.1) over rectangles already written, header
// row first, so users can sort and filter Talenta's lists.
import type { SheetLayout } from "../../grid/types";

type TableSpec = NonNullable<SheetLayout["tables"]>[number];

/**
 * Why Excel would refuse a table name, or undefined when it takes it: a letter, "_" or "\" first, then
 * letters, digits, "_", "." or "\", at most 255 characters, and not something that reads as a cell
 * reference ("A1", "R1C1", "R", "C").
 */
export function tableNameProblem(name: string): string | undefined {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "only letters, digits, _ . \\, starting with a letter, _ or \\";
  if (name.length > 255) return "longer than 255 characters";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return "reads as a cell reference";
  return undefined;
}

/** Tables are made from the cells already on the sheet; a table without a body row is left out (Excel would add an empty row under it). */
export function queueTables(ws: Excel.Worksheet, tables: readonly TableSpec[]): void {
  for (const t of tables) {
    if (t.rect.rows < 2 || t.rect.cols < 1) continue;
    const table = ws.tables.add(ws.getRangeByIndexes(t.rect.row, t.rect.col, t.rect.rows, t.rect.cols), true);
    table.name = t.name;
    if (t.style) table.style = t.style;
  }
}
