// The scatter chart of "Talenta - Kotak 9": every classified person in grid space (0–3 on both axes), one series
// per kotak with its own marker. Hosts chart only ranges, so the points are written as cells beside the chart.
import type { Classification } from "../domain/classification";
import type { TalentaConfig } from "../domain/config";
import { LEVEL_LABELS, type Lang } from "../domain/glossary";
import type { CellValue, ChartAxisSpec, ColumnBlock, FormatRange, MarkerShape, ScatterChartSpec } from "../grid/types";
import * as chartPosition from "./chart-position";
import { CHART_ANCHOR, DATA } from "./kotak9-layout";
import { KOTAK_NUMBERS, MUTED_FONT, type KotakNumber } from "./palette";
import { phrase } from "./report-labels";
import { term } from "./terms";

// Bound once: under CommonJS (tsx, vitest) every use of an imported name is a getter call, per point here.
const { axisPositionAt } = chartPosition;

/** Every classified person's point, grouped by kotak: kotak k holds indices start[k] .. start[k+1]-1. */
export interface ChartPoints {
  kotak: Uint8Array;
  x: Float64Array;
  y: Float64Array;
  /** Index 1..10: first point of each kotak; start[10] = number of points. */
  start: Int32Array;
}

// 4 decimals keep the file small; the 0.05 border margin is exact at that precision.
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

export function chartPoints(c: Classification, config: TalentaConfig): ChartPoints {
  const start = new Int32Array(11);
  countPerKotak(c.kotak, start);
  for (let k = 1; k <= 10; k++) start[k] += start[k - 1];
  const total = start[10];
  const points: ChartPoints = { kotak: new Uint8Array(total), x: new Float64Array(total), y: new Float64Array(total), start };
  const { potensial, kinerja } = config.cuts;
  placePoints(c.kotak, c.potensialLevel, c.potensialScore, potensial.mid, potensial.high, 0, start.slice(), points.kotak, points.x);
  placePoints(c.kotak, c.kinerjaLevel, c.kinerjaScore, kinerja.mid, kinerja.high, 1, start.slice(), points.kotak, points.y);
  return points;
}

/** People of kotak k into counts[k + 1]. A loop with nothing after it: code after a loop, compiled while the loop
 * runs, is thrown away when first reached, once per run. */
function countPerKotak(kotak: Uint8Array, counts: Int32Array): void {
  for (let i = 0; i < kotak.length; i++) if (kotak[i] !== 0) counts[kotak[i] + 1]++;
}

/**
 * One axis of every point, grouped by kotak (`next[k]`: the next free point of kotak k). Arrays and numbers only:
 * a loop that reads an object made for one run is compiled again on every run. Seeds 2i and 2i+1 (`seedOffset`):
 * the two jitters of one person are independent, and stable between runs.
 */
function placePoints(kotak: Uint8Array, level: Uint8Array, score: Float64Array, mid: number, high: number, seedOffset: number, next: Int32Array, pointKotak: Uint8Array, out: Float64Array): void {
  for (let i = 0; i < kotak.length; i++) {
    const k = kotak[i];
    if (k === 0) continue;
    const j = next[k]++;
    pointKotak[j] = k;
    out[j] = round4(axisPositionAt(level[i], score[i], mid, high, 2 * i + seedOffset));
  }
}

/** The points as three columns under a label row and a header row: the point arrays themselves, no row per point. */
export function buildChartData(sheet: string, points: ChartPoints, lang: Lang): ColumnBlock {
  const total = points.x.length;
  const head: CellValue[][] = [];
  head[DATA.labelRow] = [phrase("chartData", lang), null, null];
  head[DATA.headerRow] = [term("kotak", lang), term("potensial", lang), term("kinerja", lang)];
  const formats: FormatRange[] = [
    { row: DATA.labelRow, col: 0, rows: 1, cols: DATA.cols, style: { italic: true, fontColor: MUTED_FONT } },
    { row: DATA.headerRow, col: 0, rows: 1, cols: DATA.cols, style: { bold: true, fontColor: MUTED_FONT, numberFormat: "@" } },
  ];
  if (total > 0) {
    formats.push({ row: DATA.firstRow, col: 0, rows: total, cols: 1, style: { numberFormat: "0", fontColor: MUTED_FONT } });
    formats.push({ row: DATA.firstRow, col: 1, rows: total, cols: 2, style: { numberFormat: "0.0000", fontColor: MUTED_FONT } });
  }
  return { sheet, row: 0, col: DATA.col, head, columns: [Float64Array.from(points.kotak), points.x, points.y], formats };
}

/**
 * One marker per box, so the legend tells all nine apart: the hue of the box's fill on the grid (red 1–3,
 * amber 4–6, green 7–9), a different shade within a hue, and a different shape for boxes sharing a hue (which also
 * tells them apart on a black-and-white print).
 */
export const KOTAK_MARKERS: Readonly<Record<KotakNumber, { color: string; shape: MarkerShape }>> = {
  1: { color: "D32F2F", shape: "circle" },
  2: { color: "8E0000", shape: "square" },
  3: { color: "E57373", shape: "triangle" },
  4: { color: "E6A100", shape: "circle" },
  5: { color: "F57C00", shape: "square" },
  6: { color: "A67C00", shape: "triangle" },
  7: { color: "81C784", shape: "circle" },
  8: { color: "43A047", shape: "square" },
  9: { color: "1B5E20", shape: "diamond" },
};

/**
 * "Potensial: Rendah · Menengah · Tinggi", "Kinerja: Di Bawah · Sesuai · Di Atas Ekspektasi": the axis numbers
 * (0–3, grid space) mean nothing to a reader, so they are hidden and the title names the levels, low to high.
 */
export function axisTitle(axis: "potensial" | "kinerja", lang: Lang): string {
  const labels = ([1, 2, 3] as const).map((level) => LEVEL_LABELS[axis][level][lang]);
  // "Di Bawah Ekspektasi · Sesuai Ekspektasi · …": a last word shared by all three is said once, at the end.
  const last = labels[0].split(" ").pop()!;
  const shared = labels.every((l) => l.endsWith(` ${last}`));
  const levels = shared ? [...labels.slice(0, 2).map((l) => l.slice(0, -last.length - 1)), labels[2]] : labels;
  return `${term(axis, lang)}: ${levels.join(" · ")}`;
}

export function buildChartSpec(sheet: string, points: ChartPoints, lang: Lang): ScatterChartSpec {
  const axis = (title: string): ChartAxisSpec => ({ title, min: 0, max: 3, majorUnit: 1, tickLabels: false });
  const total = points.x.length;
  return {
    sheet,
    anchor: { ...CHART_ANCHOR },
    title: phrase("chartTitle", lang),
    xAxis: axis(axisTitle("potensial", lang)),
    yAxis: axis(axisTitle("kinerja", lang)),
    series: KOTAK_NUMBERS.map((k) => {
      const count = points.start[k + 1] - points.start[k];
      // An empty kotak keeps its series (and its legend entry) over the empty cell just below the data.
      const row = DATA.firstRow + (count > 0 ? points.start[k] : total);
      const rows = Math.max(1, count);
      return {
        name: `${term("kotak", lang)} ${k}`,
        color: KOTAK_MARKERS[k].color,
        marker: KOTAK_MARKERS[k].shape,
        x: { sheet, rect: { row, col: DATA.col + 1, rows, cols: 1 } },
        y: { sheet, rect: { row, col: DATA.col + 2, rows, cols: 1 } },
      };
    }),
  };
}
