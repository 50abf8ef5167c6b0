// Which rows of the used range are hidden, without a request per row. Range.rowHidden is true when every
// row is hidden, false when none is and null when mixed, so mixed segments are split 16 ways and probed
// again, one sync per level: about log16(rows) syncs, and only on sheets that do hide rows.
import { PAYLOAD_BUDGET } from "./payload";

const FANOUT = 16;
/** A probe costs ~150 request bytes; this keeps a level's request far below the payload budget. */
const MAX_PROBES_PER_SYNC = Math.floor(PAYLOAD_BUDGET / 1000);

interface Segment {
  start: number;
  count: number;
}

export async function probeHiddenRows(ctx: Excel.RequestContext, sheet: string, col: number, start: number, count: number): Promise<number[]> {
  const hidden: number[] = [];
  let mixed: Segment[] = [{ start, count }];
  const ws = ctx.workbook.worksheets.getItem(sheet);
  while (mixed.length) {
    const parts = mixed.flatMap(split);
    const next: Segment[] = [];
    for (let i = 0; i < parts.length; i += MAX_PROBES_PER_SYNC) {
      const batch = parts.slice(i, i + MAX_PROBES_PER_SYNC).map((seg) => {
        const range = ws.getRangeByIndexes(seg.start, col, seg.count, 1);
        range.load("rowHidden");
        return { seg, range };
      });
      await ctx.sync();
      for (const { seg, range } of batch) {
        if (range.rowHidden === true) for (let r = 0; r < seg.count; r++) hidden.push(seg.start + r);
        else if (range.rowHidden === null && seg.count > 1) next.push(seg);
      }
    }
    mixed = next;
  }
  return hidden.sort((a, b) => a - b);
}

function split(seg: Segment): Segment[] {
  const size = Math.ceil(seg.count / FANOUT);
  const out: Segment[] = [];
  for (let s = 0; s < seg.count; s += size) out.push({ start: seg.start + s, count: Math.min(size, seg.count - s) });
  return out;
}
