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
  if (!rows || !cols) return [];
  const values = block.values.map((row) => row.map(excelValue));
  const formats = numberFormatGrid(block.values, block.formats);
  const rowBytes = values.map((row, r) => jsonSize(row) + jsonSize(formats[r]) + 2);

  const chunk = (start: number, count: number, bytes: number): PendingWrite => ({
    bytes: bytes + CALL_BYTES,
    enqueue() {
      const range = ctx.workbook.worksheets.getItem(block.sheet).getRangeByIndexes(block.row + start, block.col, count, cols);
      // Format first: "@" must be in place when the values arrive (RULES §7).
      range.numberFormat = formats.slice(start, start + count);
      range.values = values.slice(start, start + count) as ExcelValue[][];
    },
    split: (b) => chunkRows(rowBytes.slice(start, start + count), b - CALL_BYTES)
      .map((c) => chunk(start + c.start, c.count, c.bytes)),
  });

  const writes = chunkRows(rowBytes, budget - CALL_BYTES).map((c) => chunk(c.start, c.count, c.bytes));
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
