// Which columns of the data sheet are Talenta's own from an earlier run: recognised by the stored record AND
// by their header text still standing where the record says. Anything else is the user's and never touched.
import type { Grid, Rect } from "../grid/types";
import type { TalentaRecord } from "./record";

export interface PreviousColumns {
  /** 0-based sheet columns to leave out of detection. */
  columns: number[];
  /** The cells to clear before writing the new result columns. */
  rect: Rect;
}

export function previousResultColumns(grid: Grid, record: TalentaRecord | undefined, sheet: string): PreviousColumns | undefined {
  const rc = record?.resultColumns;
  if (!rc || rc.sheet !== sheet || rc.headers.length === 0) return undefined;
  const r = rc.headerRow - grid.origin.row;
  const row = grid.values[r];
  if (!row) return undefined;
  for (let i = 0; i < rc.headers.length; i++) {
    const v = row[rc.firstCol + i - grid.origin.col];
    if (typeof v !== "string" || v.trim() !== rc.headers[i].trim()) return undefined;
  }
  const columns = rc.headers.map((_, i) => rc.firstCol + i);
  return { columns, rect: { row: rc.headerRow, col: rc.firstCol, rows: rc.lastRow - rc.headerRow + 1, cols: rc.headers.length } };
}
