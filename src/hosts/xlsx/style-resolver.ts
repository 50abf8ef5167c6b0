import type { CellStyle, FormatRange } from "../../grid/types";

/**
 * Cell (r, c) of a block → cellXfs index of the merged style of every format range covering it (later ranges
 * win). Blocks may carry one range per row (100,000 of them), so nothing here is O(cells × ranges): a sweep
 * keeps the ranges covering the current row, the row is cut into column segments where that set changes,
 * and each distinct set is merged and looked up once. Cells are asked for row by row, as writeBlock does.
 */
export function styleResolver(formats: FormatRange[], indexOf: (style: CellStyle) => number): (r: number, c: number) => number {
  if (formats.length === 0) return () => 0;
  const byStart = formats.map((_, i) => i).sort((a, b) => formats[a].row - formats[b].row || a - b);
  const cache = new Map<string, number>();
  let next = 0;
  let active: number[] = [];
  let row = -1;
  // Segment k covers columns [bounds[k], bounds[k + 1]) with style styles[k].
  let bounds: number[] = [];
  let styles: number[] = [];
  // A range's style as a canonical string, computed once per range: one range per row then hits the cache.
  const canon: (string | undefined)[] = [];
  const canonOf = (i: number) => (canon[i] ??= JSON.stringify(Object.entries(defined(formats[i].style)).sort()));
  const styleOfSet = (covering: number[]): number => {
    if (covering.length === 0) return 0;
    const key = covering.length === 1 ? canonOf(covering[0]) : covering.map(canonOf).join("|");
    let style = cache.get(key);
    if (style === undefined) {
      const merged: CellStyle = {};
      for (const i of covering) Object.assign(merged, defined(formats[i].style));
      style = indexOf(merged);
      cache.set(key, style);
    }
    return style;
  };
  const enterRow = (r: number) => {
    if (r < row) {
      next = 0;
      active = [];
    }
    row = r;
    for (; next < byStart.length && formats[byStart[next]].row <= r; next++) active.push(byStart[next]);
    active = active.filter((i) => formats[i].row + formats[i].rows > r);
    const edges = new Set<number>();
    for (const i of active) {
      edges.add(formats[i].col);
      edges.add(formats[i].col + formats[i].cols);
    }
    bounds = [...edges].sort((a, b) => a - b);
    const inOrder = [...active].sort((a, b) => a - b);
    styles = bounds.map((start) => styleOfSet(inOrder.filter((i) => formats[i].col <= start && start < formats[i].col + formats[i].cols)));
  };
  return (r, c) => {
    if (r !== row) enterRow(r);
    if (bounds.length === 0 || c < bounds[0]) return 0;
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (bounds[mid] <= c) lo = mid;
      else hi = mid - 1;
    }
    return styles[lo];
  };
}

function defined(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined));
}
