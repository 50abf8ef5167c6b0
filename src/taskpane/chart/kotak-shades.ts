// Segment colours of the stacked bars. The report palette gives boxes of one band the same hue (1–3 red,
// 4–6 yellow, 7–8 green); stacked side by side they would merge, so each box in a band gets its own shade
// between the band's strong marker and its light fill. Not classified is grey.
import { KOTAK_COLOURS, KOTAK_NUMBERS, type KotakNumber } from "../../report/palette";

export const NOT_CLASSIFIED_COLOUR = "#9E9E9E";

function mix(a: string, b: string, t: number): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);
  const out = [0, 2, 4].map((i) => Math.round(ch(a, i) * (1 - t) + ch(b, i) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}

/** Shade of each kotak: the first box of a band takes the marker, the last nearly the fill (kept 10 % darker, so it still shows on white). */
export function kotakShade(kotak: KotakNumber): string {
  const c = KOTAK_COLOURS[kotak];
  const band = KOTAK_NUMBERS.filter((k) => KOTAK_COLOURS[k].marker === c.marker);
  if (band.length === 1) return `#${c.marker}`;
  const t = band.indexOf(kotak) / (band.length - 1);
  return mix(c.marker, c.fill, t * 0.9);
}
