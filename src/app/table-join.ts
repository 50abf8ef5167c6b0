// Issue 3: "if the data is an Excel table, the result columns join the table". Pure: decides from the grid
// as read whether the result block joins a user's table, and with which column names.
import type { Block, Grid, SheetTable } from "../grid/types";
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
 * earlier run (`previous`). It does not join when the records run past its body (onto its totals row or below
 * it), or when one of its other columns already has a result column's name (names are unique in a table; a
 * user's "Kotak" stays theirs and Talenta's columns stay outside).
 */
export function tableJoin(grid: Grid, block: Block, previous: PreviousColumns | undefined): TableJoin | undefined {
  const header = block.values[0] ?? [];
  if (header.length === 0 || !header.every((h) => typeof h === "string" && h.trim() !== "")) return undefined;
  const names = header as string[];
  const lastRow = block.row + block.values.length - 1;
  const ours = new Set(previous?.columns ?? []);
  const table = (grid.tables ?? []).find((t) => touches(t, block.col) && t.headerRow && t.rect.row === block.row);
  if (!table) return undefined;
  const right = table.rect.col + table.rect.cols; // one past the table's last column
  for (let c = block.col; c < Math.min(right, block.col + names.length); c++) if (!ours.has(c)) return undefined;
  const lastBodyRow = table.rect.row + table.rect.rows - 1 - (table.totalsRow ? 1 : 0);
  if (lastRow > lastBodyRow) return undefined;
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
