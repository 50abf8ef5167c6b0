// Reading a sheet's used grid: one sync for its extent (plus merges, tables and whether any row is
// hidden), then values and number formats in row blocks sized so each response stays under the budget.
import type { CellValue, Grid, Rect } from "../../grid/types";
import { parseRangeAddress } from "../../grid/a1";
import type { ApiSupport } from "./api-support";
import { probeHiddenRows } from "./hidden-rows";
import { isPayloadError, jsonSize, PAYLOAD_BUDGET } from "./payload";

export interface TableInfo {
  name: string;
  /** The whole table, header row included, in sheet coordinates. */
  rect: Rect;
}

export interface GridRead {
  grid: Grid;
  tables: TableInfo[];
}

/** A first guess of response bytes per cell (value + number format as JSON); corrected after each block. */
const GUESS_BYTES_PER_CELL = 32;

export async function readGrid(ctx: Excel.RequestContext, sheet: string, supports: ApiSupport): Promise<GridRead> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  // valuesOnly: whole-column formatting must not inflate the read.
  const used = ws.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  const mergedAreas = supports("1.13") ? used.getMergedAreasOrNullObject() : undefined;
  mergedAreas?.load("address");
  ws.tables.load("items/name");
  await ctx.sync();

  const origin = { row: used.rowIndex, col: used.columnIndex };
  const rows = used.rowCount, cols = used.columnCount;
  const tableRanges = ws.tables.items.map((t) => {
    const r = t.getRange();
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: t.name, range: r };
  });

  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  let blockRows = Math.max(1, Math.floor(PAYLOAD_BUDGET / (cols * GUESS_BYTES_PER_CELL)));
  while (values.length < rows) {
    const n = Math.min(blockRows, rows - values.length);
    const block = ws.getRangeByIndexes(origin.row + values.length, origin.col, n, cols);
    block.load("values,numberFormat");
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || n === 1) throw e;
      blockRows = Math.ceil(n / 2);
      continue;
    }
    const bytes = jsonSize(block.values) + jsonSize(block.numberFormat);
    for (let r = 0; r < n; r++) {
      values.push(block.values[r].map((v) => (v === "" ? null : (v as CellValue))));
      numberFormats.push(block.numberFormat[r].map(String));
    }
    blockRows = Math.max(1, Math.floor((PAYLOAD_BUDGET * n) / Math.max(1, bytes)));
  }

  const tables = tableRanges.map(({ name, range }) => ({
    name,
    rect: { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount },
  }));
  // getUsedRange on an empty sheet gives A1: an empty sheet is an empty grid.
  if (rows === 1 && cols === 1 && values[0][0] === null) {
    return { grid: { sheet, origin, values: [], numberFormats: [], merges: [], hiddenRows: [] }, tables };
  }
  const merges = mergedAreas && !mergedAreas.isNullObject ? parseAreas(mergedAreas.address) : [];
  const hiddenRows = used.rowHidden === true
    ? Array.from({ length: rows }, (_, i) => origin.row + i)
    : used.rowHidden === false ? [] : await probeHiddenRows(ctx, sheet, origin.col, origin.row, rows);
  return { grid: { sheet, origin, values, numberFormats, merges, hiddenRows }, tables };
}

/** "Sheet1!A1:B2,'My, sheet'!D4" → rects (a quoted sheet name may itself hold commas). */
export function parseAreas(address: string): Rect[] {
  const refs = address.includes("!")
    ? [...address.matchAll(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=,|$)/g)].map((m) => m[1])
    : address.split(",");
  return refs.map((ref) => parseRangeAddress(ref.replace(/\$/g, ""))).filter((r): r is Rect => r !== undefined);
}
