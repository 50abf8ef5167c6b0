import type { CellStyle, FormatRange } from "../../grid/types";

/**
 * Cell (r, c) of a block → cellXfs index of the merged style of every format range covering it (later ranges
 * win). The covering set is a bit mask, so resolving 1,000,000 cells allocates nothing per cell; each distinct
 * set is merged and looked up once.
 */
export function styleResolver(formats: FormatRange[], indexOf: (style: CellStyle) => number): (r: number, c: number) => number {
  if (formats.length === 0) return () => 0;
  const cache = new Map<number | string, number>();
  const small = formats.length <= 30;
  const resolve = (covering: number[]): number => {
    const merged: CellStyle = {};
    for (const i of covering) Object.assign(merged, defined(formats[i].style));
    return indexOf(merged);
  };
  return (r, c) => {
    let mask = 0;
    let key = "";
    for (let i = 0; i < formats.length; i++) {
      const f = formats[i];
      if (r < f.row || r >= f.row + f.rows || c < f.col || c >= f.col + f.cols) continue;
      if (small) mask |= 1 << i;
      else key += `${i},`;
    }
    if (small ? mask === 0 : key === "") return 0;
    const k = small ? mask : key;
    let style = cache.get(k);
    if (style === undefined) {
      const covering = small ? formats.map((_, i) => i).filter((i) => mask & (1 << i)) : key.split(",").filter(Boolean).map(Number);
      style = resolve(covering);
      cache.set(k, style);
    }
    return style;
  };
}

function defined(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined));
}
