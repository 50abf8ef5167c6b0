// A Block as queued writes: row chunks that each set one numberFormat array and one values array,
// then one format call per FormatRange.
import type { Block } from "../../grid/types";
import { chunkRows, jsonSize } from "./payload";
import { applyStyle } from "./style";
import { excelValue, type ExcelValue, numberFormatGrid } from "./text-cells";
import type { PendingWrite } from "./write-queue";

/** Per-call overhead of a range write in the request (object path, method names). */
const CALL_BYTES = 200;

export function blockWrites(ctx: Excel.RequestContext, block: Block, budget: number): PendingWrite[] {
  const rows = block.values.length;
  const cols = rows ? block.values[0].length : 0;
  // A block of formats alone (no values) styles cells and keeps what they hold.
  if (!rows || !cols) return formatWrites(ctx, block);
  const values = block.values.map((row) => row.map(excelValue));
  const formats = numberFormatGrid(block.values, block.formats);
  const rowBytes = values.map((row, r) => jsonSize(row) + jsonSize(formats[r]) + 2);
  /** before[i]: bytes of rows 0..i-1, so any run of rows is priced in O(1). */
  const before = [0];
  rowBytes.forEach((b, i) => before.push(before[i] + b));

  const chunk = (start: number, count: number): PendingWrite => ({
    bytes: before[start + count] - before[start] + CALL_BYTES,
    enqueue() {
      const range = ctx.workbook.worksheets.getItem(block.sheet).getRangeByIndexes(block.row + start, block.col, count, cols);
      // Format first: "@" must be in place when the values arrive (RULES §7).
      range.numberFormat = formats.slice(start, start + count);
      range.values = values.slice(start, start + count) as ExcelValue[][];
    },
    split: (b) => chunkRows(rowBytes.slice(start, start + count), b - CALL_BYTES).map((c) => chunk(start + c.start, c.count)),
    splitAt(room) {
      const fit = rowsWithin(before, start, count, room - CALL_BYTES);
      return fit > 0 && fit < count ? [chunk(start, fit), chunk(start + fit, count - fit)] : undefined;
    },
  });

  return [...chunkRows(rowBytes, budget - CALL_BYTES).map((c) => chunk(c.start, c.count)), ...formatWrites(ctx, block)];
}

/** One write per FormatRange. */
function formatWrites(ctx: Excel.RequestContext, block: Block): PendingWrite[] {
  const writes: PendingWrite[] = [];
  for (const f of block.formats ?? []) {
    if (f.rows < 1 || f.cols < 1) continue;
    writes.push({
      bytes: CALL_BYTES + jsonSize(f.style) * 2,
      enqueue() {
        const range = ctx.workbook.worksheets.getItem(block.sheet).getRangeByIndexes(block.row + f.row, block.col + f.col, f.rows, f.cols);
        applyStyle(range, f.style, f.rows, f.cols);
      },
    });
  }
  return writes;
}

/** How many rows from `start` (at most `count`) fit in `bytes`: a binary search over the running sums. */
export function rowsWithin(before: number[], start: number, count: number, bytes: number): number {
  let lo = 0, hi = count;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (before[start + mid] - before[start] <= bytes) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
