// Row heights for wrapped text. Excel does not grow a row for wrapped text in merged cells, and a file
// written without heights opens with one-line rows, so Talenta sizes the rows it writes itself.
import type { CellValue, Rect } from "../grid/types";

const LINE_POINTS = 13;
const PADDING = 3;
/** Characters of body text that fit in one unit of column width (Calibri 10–11 averages a bit under 1). */
const CHARS_PER_WIDTH = 1.0;

function lines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * The height each row needs so its longest wrapped text shows whole; rows of one line are left out
 * (the default height fits them). `widths` are column widths by column index.
 */
export function fitRowHeights(
  values: readonly CellValue[][],
  widths: readonly { col: number; width: number }[],
  merges: readonly Rect[],
  options: { fromRow?: number; skipRows?: ReadonlySet<number> } = {},
): { row: number; height: number }[] {
  const widthOf = new Map(widths.map((w) => [w.col, w.width]));
  const span = new Map<string, Rect>();
  for (const m of merges) span.set(`${m.row}:${m.col}`, m);
  const out: { row: number; height: number }[] = [];
  for (let r = options.fromRow ?? 0; r < values.length; r++) {
    if (options.skipRows?.has(r)) continue;
    let most = 1;
    values[r].forEach((v, c) => {
      if (typeof v !== "string" || v.length === 0) return;
      const m = span.get(`${r}:${c}`);
      if (m && m.rows > 1) return; // a tall merge already has the room of its rows
      let width = 0;
      for (let k = c; k < c + (m?.cols ?? 1); k++) width += widthOf.get(k) ?? 8.43;
      most = Math.max(most, lines(v, width));
    });
    if (most > 1) out.push({ row: r, height: most * LINE_POINTS + PADDING });
  }
  return out;
}
