// Reading a Block or a ColumnBlock the same way: hosts that need rows, and callers that need the shape.
import type { Block, CellValue, ColumnBlock } from "./types";

export type AnyBlock = Block | ColumnBlock;

export function isColumnBlock(block: AnyBlock): block is ColumnBlock {
  return (block as ColumnBlock).columns !== undefined;
}

function bodyHeight(block: ColumnBlock): number {
  return block.columns.length > 0 ? block.columns[0].length : 0;
}

/** Rows of the block, head included. */
export function blockHeight(block: AnyBlock): number {
  return isColumnBlock(block) ? block.head.length + bodyHeight(block) : block.values.length;
}

/** The widest row's length. */
export function blockWidth(block: AnyBlock): number {
  let width = 0;
  if (isColumnBlock(block)) {
    width = bodyHeight(block) > 0 ? block.columns.length : 0;
    for (const r of block.head) width = Math.max(width, r.length);
    return width;
  }
  for (const r of block.values) width = Math.max(width, r.length);
  return width;
}

function bodyCell(column: Float64Array | CellValue[], r: number): CellValue {
  const v = column[r];
  return typeof v === "number" && Number.isNaN(v) ? null : (v ?? null);
}

/** The cell at block row r, column c (null when empty or outside the row). */
export function blockCell(block: AnyBlock, r: number, c: number): CellValue {
  if (!isColumnBlock(block)) return block.values[r]?.[c] ?? null;
  if (r < block.head.length) return block.head[r][c] ?? null;
  const column = block.columns[c];
  return column === undefined ? null : bodyCell(column, r - block.head.length);
}

/** Row r of the block as an array (a new array for a body row of a ColumnBlock). */
export function blockRow(block: AnyBlock, r: number): CellValue[] {
  if (!isColumnBlock(block)) return block.values[r];
  if (r < block.head.length) return block.head[r];
  const i = r - block.head.length;
  const row = new Array<CellValue>(block.columns.length);
  for (let c = 0; c < row.length; c++) row[c] = bodyCell(block.columns[c], i);
  return row;
}

/** The block with its cells as rows, for a host that writes rows (Excel's range.values). */
export function asRowBlock(block: AnyBlock): Block {
  if (!isColumnBlock(block)) return block;
  const height = blockHeight(block);
  const values = new Array<CellValue[]>(height);
  for (let r = 0; r < height; r++) values[r] = blockRow(block, r);
  return { sheet: block.sheet, row: block.row, col: block.col, values, ...(block.formats ? { formats: block.formats } : {}) };
}
