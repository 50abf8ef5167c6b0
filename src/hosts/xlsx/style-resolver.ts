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
  // Ranges usually share a few style objects (one per column, or per kind of row), so the canonical string is
  // kept per object as well as per range.
  const canon: (string | undefined)[] = [];
  const byObject = new Map<CellStyle, string>();
  const canonOf = (i: number): string => {
    let key = canon[i];
    if (key === undefined) {
      const style = formats[i].style;
      key = byObject.get(style);
      if (key === undefined) byObject.set(style, (key = canonical(style)));
      canon[i] = key;
    }
    return key;
  };
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
  // Segments by the shape of the covering set (columns and styles, in order): one range per row repeats a few shapes.
  const segments = new Map<string, { bounds: number[]; styles: number[] }>();
  const ids = new Map<string, number>();
  const idOf = (canonical: string): number => {
    let id = ids.get(canonical);
    if (id === undefined) ids.set(canonical, (id = ids.size));
    return id;
  };
  const segmentsOf = (inOrder: number[]) => {
    let key = "";
    for (const i of inOrder) key += `${formats[i].col}:${formats[i].cols}:${idOf(canonOf(i))} `;
    let found = segments.get(key);
    if (!found) {
      const edges = new Set<number>();
      for (const i of inOrder) {
        edges.add(formats[i].col);
        edges.add(formats[i].col + formats[i].cols);
      }
      const b = [...edges].sort((x, y) => x - y);
      found = { bounds: b, styles: b.map((start) => styleOfSet(inOrder.filter((i) => formats[i].col <= start && start < formats[i].col + formats[i].cols))) };
      segments.set(key, found);
    }
    return found;
  };
  const enterRow = (r: number) => {
    let changed = false;
    if (r < row) {
      next = 0;
      active = [];
      changed = true;
    }
    row = r;
    for (; next < byStart.length && formats[byStart[next]].row <= r; next++) {
      active.push(byStart[next]);
      changed = true;
    }
    // Ranges that ended are dropped in place; the segments are recomputed only when the covering set changed.
    let kept = 0;
    for (const i of active) if (formats[i].row + formats[i].rows > r) active[kept++] = i;
    if (kept !== active.length) {
      active.length = kept;
      changed = true;
    }
    if (!changed) return;
    if (active.length === 0) {
      bounds = [];
      styles = [];
      return;
    }
    const found = segmentsOf([...active].sort((a, b) => a - b));
    bounds = found.bounds;
    styles = found.styles;
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

const KNOWN = ["bold", "italic", "underline", "fontSize", "fontColor", "fill", "hAlign", "vAlign", "wrap", "border", "numberFormat"] as const;
const KNOWN_SET = new Set<string>(KNOWN);

/** A style's defined properties as one string, the same for equal styles whatever their key order. */
function canonical(style: CellStyle): string {
  for (const k in style) if (!KNOWN_SET.has(k)) return JSON.stringify(Object.entries(defined(style)).sort());
  let key = "";
  for (const k of KNOWN) {
    const v = style[k];
    if (v !== undefined) key += `${k}=${typeof v === "string" ? JSON.stringify(v) : v};`;
  }
  return key;
}

function defined(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined));
}
