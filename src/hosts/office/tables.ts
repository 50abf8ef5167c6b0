// SheetLayout.tables → Excel tables (ListObjects, ExcelApi 1.1) over rectangles already written, header
// row first, so users can sort and filter Talenta's lists.
import type { SheetLayout } from "../../grid/types";

type TableSpec = NonNullable<SheetLayout["tables"]>[number];

/** Tables are made from the cells already on the sheet; a table without a body row is left out (Excel would add an empty row under it). */
export function queueTables(ws: Excel.Worksheet, tables: readonly TableSpec[]): void {
  for (const t of tables) {
    if (t.rect.rows < 2 || t.rect.cols < 1) continue;
    const table = ws.tables.add(ws.getRangeByIndexes(t.rect.row, t.rect.col, t.rect.rows, t.rect.cols), true);
    table.name = t.name;
    if (t.style) table.style = t.style;
  }
}
