// Issue 3: "if the data is an Excel table, the result columns join the table". Pure: decides from the grid
// as read whether the result block joins a user's table, and with which column names.
import { blockHeight, blockRow, type AnyBlock } from "../grid/block";
import type { Grid, Rect, SheetTable } from "../grid/types";
import type { PreviousColumns } from "./owned-columns";

/** What Host.joinTable is called with. */
export interface TableJoin {
  table: string;
  col: number;
  /** The header cells of the result block, exactly as written (Excel repairs a file where they differ). */
  names: string[];
}

/**
 * The table the result columns join, or undefined (they stay a plain block, as before issue 3). A table joins
 * when its header row is the block's header row and either its right edge is directly left of the first result
 * column, or it already holds the result columns and every one of its columns there is Talenta's own from an
 * earlier run (`previous`). It does not grow when the records run past its body (onto its totals row or below
 * it) or over cells that are not free, and does not join when one of its other columns already has a result
 * column's name (names are unique in a table; a user's "Kotak" stays theirs and Talenta's columns stay outside).
 */
export function tableJoin(grid: Grid, block: AnyBlock, previous: PreviousColumns | undefined): TableJoin | undefined {
  const header = blockHeight(block) > 0 ? blockRow(block, 0) : [];
  if (header.length === 0 || !header.every((h) => typeof h === "string" && h.trim() !== "")) return undefined;
  const names = header as string[];
  const lastRow = block.row + blockHeight(block) - 1;
  const ours = new Set(previous?.columns ?? []);
  const table = (grid.tables ?? []).find((t) => touches(t, block.col) && t.headerRow && t.rect.row === block.row);
  // A query or XML-map table's columns are its definition's: Talenta's stay a plain block beside it.
  if (!table || table.linked) return undefined;
  const right = table.rect.col + table.rect.cols; // one past the table's last column
  for (let c = block.col; c < Math.min(right, block.col + names.length); c++) if (!ours.has(c)) return undefined;
  const lastBodyRow = table.rect.row + table.rect.rows - 1 - (table.totalsRow ? 1 : 0);
  // Records past the body stop the table from growing, but columns already in it are still renamed: their
  // names must stay equal to the header cells written (a re-run in another language).
  if (lastRow > lastBodyRow && block.col + names.length > right) return undefined;
  // The table grows over its whole height, not only the rows written: the new columns' cells below the records
  // must be empty and in no other table or merged area (overlapping tables make Excel repair the file; Excel's
  // add() refuses or shifts a cell in the way, while the .xlsx host would pull it into Talenta's column).
  const from = Math.max(right, block.col);
  const grown: Rect = { row: table.rect.row, col: from, rows: table.rect.rows, cols: block.col + names.length - from };
  if (grown.cols > 0) {
    if ((grid.tables ?? []).some((t) => t !== table && intersects(t.rect, grown))) return undefined;
    if (grid.merges.some((m) => intersects(m, grown))) return undefined;
    for (let r = lastRow + 1; r < grown.row + grown.rows; r++) {
      for (let c = grown.col; c < grown.col + grown.cols; c++) {
        // Talenta's cells of an earlier run are cleared before the join.
        const cleared = previous !== undefined && intersects(previous.rect, { row: r, col: c, rows: 1, cols: 1 });
        if (!cleared && !isEmpty(grid, r, c)) return undefined;
      }
    }
  }
  const taken = new Set<string>();
  for (let c = table.rect.col; c < right; c++) {
    if (c >= block.col && c < block.col + names.length) continue;
    taken.add(cellText(grid, table.rect.row, c).toLowerCase());
  }
  if (names.some((n) => taken.has(n.toLowerCase()))) return undefined;
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) return undefined;
  return { table: table.name, col: block.col, names };
}

function touches(t: SheetTable, col: number): boolean {
  return col > t.rect.col && col <= t.rect.col + t.rect.cols;
}

function cellText(grid: Grid, row: number, col: number): string {
  const v = grid.values[row - grid.origin.row]?.[col - grid.origin.col];
  return v === null || v === undefined ? "" : String(v).trim();
}

function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function isEmpty(grid: Grid, row: number, col: number): boolean {
  const v = grid.values[row - grid.origin.row]?.[col - grid.origin.col];
  return v === null || v === undefined || v === "";
}
