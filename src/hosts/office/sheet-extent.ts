// What must be known about a sheet before its cells are read: the used range's extent, whether rows are
// hidden, merged areas (ExcelApi 1.13), the tables on it, and the last row's cells as a first measure of
// what a row costs to read. Queued, not synced, so it can ride in another round trip: the host loads the
// active sheet's extent together with the sheet list (the ribbon classifies the active sheet).
import type { CellValue, Rect } from "../../grid/types";
import { parseRangeAddress } from "../../grid/a1";
import type { ApiSupport } from "./api-support";
import { jsonSize } from "./payload";

export interface SheetExtent {
  /** Sheet coordinates of the used range's top-left cell (0-based). */
  origin: { row: number; col: number };
  rows: number;
  cols: number;
  /** Range.rowHidden of the whole used range: true when every row is hidden, false when none, null when mixed. */
  rowHidden: boolean | null;
  merges: Rect[];
  /** The sheet's tables, names loaded (their ranges are loaded with the first block of cells). */
  tables: Excel.Table[];
  /**
   * The used range's last row as read: a one-row sheet needs no other read. (A row too big for one
   * response could not be read in any case: blocks are whole rows.)
   */
  lastRow: { values: CellValue[]; numberFormats: string[] };
  /** Response bytes of that row's values and number formats: the first measure of a row's cost. */
  rowBytes: number;
}

export function queueExtent(ws: Excel.Worksheet, supports: ApiSupport): () => SheetExtent {
  // valuesOnly: whole-column formatting must not inflate the read. An empty sheet gives A1.
  const used = ws.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  const mergedAreas = supports("1.13") ? used.getMergedAreasOrNullObject() : undefined;
  mergedAreas?.load("address");
  ws.tables.load("items/name");
  const last = used.getLastRow();
  last.load("values,numberFormat");
  return () => ({
    origin: { row: used.rowIndex, col: used.columnIndex },
    rows: used.rowCount,
    cols: used.columnCount,
    rowHidden: used.rowHidden,
    merges: mergedAreas && !mergedAreas.isNullObject ? parseAreas(mergedAreas.address) : [],
    tables: ws.tables.items,
    lastRow: { values: last.values[0].map(cellValue), numberFormats: last.numberFormat[0].map(String) },
    rowBytes: jsonSize(last.values) + jsonSize(last.numberFormat),
  });
}

/** Range.values gives "" for an empty cell; the grid says null. */
export function cellValue(v: unknown): CellValue {
  return v === "" ? null : (v as CellValue);
}

/** "Sheet1!A1:B2,'My, sheet'!D4" → rects (a quoted sheet name may itself hold commas). */
export function parseAreas(address: string): Rect[] {
  const refs = address.includes("!")
    ? [...address.matchAll(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=,|$)/g)].map((m) => m[1])
    : address.split(",");
  return refs.map((ref) => parseRangeAddress(ref.replace(/\$/g, ""))).filter((r): r is Rect => r !== undefined);
}
