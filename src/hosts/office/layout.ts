// SheetLayout → queued Office.js calls on one worksheet. Optional API sets degrade silently
// (api-support.ts says how): a sheet without page setup is still a correct sheet.
import type { Rect, SheetLayout } from "../../grid/types";
import type { ApiSupport } from "./api-support";
import { queueDropdowns } from "./dropdowns";
import { queuePageSetup } from "./page-setup";
import { queueTables } from "./tables";

// Excel's column width unit is a character of the default font; the API takes points (grid/column-width.ts).
import { columnWidthPoints } from "../../grid/column-width";

/** Consecutive indices with the same size, so each run is one call. */
export function runsOf(items: { index: number; size: number }[]): { index: number; count: number; size: number }[] {
  const sorted = [...items].sort((a, b) => a.index - b.index);
  const runs: { index: number; count: number; size: number }[] = [];
  for (const it of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.index + last.count === it.index && last.size === it.size) last.count++;
    else runs.push({ index: it.index, count: 1, size: it.size });
  }
  return runs;
}

/** Column widths in characters → one columnWidth (points) per run of equal widths; other columns untouched. */
export function queueColumnWidths(ws: Excel.Worksheet, widths: readonly { col: number; width: number }[]): void {
  for (const run of runsOf(widths.map((w) => ({ index: w.col, size: w.width })))) {
    ws.getRangeByIndexes(0, run.index, 1, run.count).format.columnWidth = columnWidthPoints(run.size);
  }
}

export function queueLayout(ws: Excel.Worksheet, layout: SheetLayout, supports: ApiSupport): void {
  const at = (r: Rect) => ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
  queueColumnWidths(ws, layout.columnWidths ?? []);
  for (const run of runsOf((layout.rowHeights ?? []).map((h) => ({ index: h.row, size: h.height })))) {
    ws.getRangeByIndexes(run.index, 0, run.count, 1).format.rowHeight = run.size;
  }
  for (const m of layout.merges ?? []) if (m.rows * m.cols > 1) at(m).merge(false);
  const freeze = layout.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(at({ row: 0, col: 0, rows: freeze.rows, cols: freeze.cols }));
  else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.cols > 0) ws.freezePanes.freezeColumns(freeze.cols);
  if (layout.tabColor) ws.tabColor = `#${layout.tabColor}`;
  if (layout.showGridLines !== undefined && supports("1.8")) ws.showGridlines = layout.showGridLines;
  if (layout.page && supports("1.9")) queuePageSetup(ws, layout.page, layout.page.printArea && at(layout.page.printArea));
  if (layout.validations) queueDropdowns(ws, layout.validations, supports);
  if (layout.tables) queueTables(ws, layout.tables);
}
