// Reading a sheet's used grid: its extent (sheet-extent.ts; often already loaded with the sheet list),
// then values and number formats in row blocks each sized to fill the byte budget, measured on the rows
// read so far (the first block on the extent's last row).
import type { CellValue, Grid, SheetTable } from "../../grid/types";
import type { ApiSupport } from "./api-support";
import { probeHiddenRows } from "./hidden-rows";
import { isPayloadError, jsonSize, MIN_BUDGET } from "./payload";
import { cellValue, queueExtent, type SheetExtent } from "./sheet-extent";
import { queueFilterFacts } from "./table-facts";

/** A table on the sheet as the grid reports it (see SheetTable for `filtered` below ExcelApi 1.9). */
export type TableInfo = SheetTable;

export interface GridRead {
  grid: Grid;
  tables: TableInfo[];
}

export interface ReadOptions {
  /** Response bytes a block may aim at. */
  budget: number;
  /** The sheet's extent when it was loaded before (no sync then). */
  extent?: SheetExtent;
}

export async function readGrid(ctx: Excel.RequestContext, sheet: string, supports: ApiSupport, options: ReadOptions): Promise<GridRead> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const extent = options.extent ?? await loadExtent(ctx, ws, supports);
  const { origin, rows, cols } = extent;
  const fromSample = rows === 1 ? extent.lastRow : undefined; // a one-row sheet was read with its extent
  // Queued now, so they travel with the first block of cells. A one-row sheet has no data rows to filter:
  // its sheet filter is not asked for (that would cost a sync of its own).
  const facts = queueFilterFacts(ws, extent.tables, supports, !fromSample);

  const cells = fromSample
    ? { values: [fromSample.values], numberFormats: [fromSample.numberFormats] }
    : await readBlocks(ctx, ws, extent, options.budget);
  if (fromSample && extent.tables.length) await ctx.sync();
  const { tables, autoFilter } = facts();
  // Both only when present, so a sheet without tables or filter reads as it did before issue 3.
  const filter = { ...(tables.length ? { tables } : {}), ...(autoFilter ? { autoFilter } : {}) };
  // getUsedRange on an empty sheet gives A1: an empty sheet is an empty grid.
  if (rows === 1 && cols === 1 && cells.values[0][0] === null) {
    return { grid: { sheet, origin, values: [], numberFormats: [], merges: [], hiddenRows: [], ...filter }, tables };
  }
  const hiddenRows = extent.rowHidden === true
    ? Array.from({ length: rows }, (_, i) => origin.row + i)
    : extent.rowHidden === false ? [] : await probeHiddenRows(ctx, sheet, origin.col, origin.row, rows);
  return { grid: { sheet, origin, ...cells, merges: extent.merges, hiddenRows, ...filter }, tables };
}

/** The extent in a sync of its own (for a sheet other than the active one). */
async function loadExtent(ctx: Excel.RequestContext, ws: Excel.Worksheet, supports: ApiSupport): Promise<SheetExtent> {
  const loaded = queueExtent(ws, supports);
  await ctx.sync();
  return loaded();
}

/** Row blocks of the used range, one sync each; a block Excel refuses for its size is asked for again with half the budget. */
async function readBlocks(ctx: Excel.RequestContext, ws: Excel.Worksheet, extent: SheetExtent, budgetBytes: number) {
  const { origin, rows, cols } = extent;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  let budget = budgetBytes;
  // Bytes per row so far: the extent's sample (or guess), then every row read.
  let measuredBytes = Math.max(1, extent.rowBytes), measuredRows = 1;
  while (values.length < rows) {
    const n = Math.min(rows - values.length, Math.max(1, Math.floor((budget * measuredRows) / measuredBytes)));
    const block = ws.getRangeByIndexes(origin.row + values.length, origin.col, n, cols);
    block.load("values,numberFormat");
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || n === 1 || budget / 2 < MIN_BUDGET) throw e;
      budget = Math.floor(budget / 2);
      continue;
    }
    measuredBytes += jsonSize(block.values) + jsonSize(block.numberFormat);
    measuredRows += n;
    for (let r = 0; r < n; r++) {
      values.push(block.values[r].map(cellValue));
      numberFormats.push(block.numberFormat[r].map(String));
    }
  }
  return { values, numberFormats };
}
