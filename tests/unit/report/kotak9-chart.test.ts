import { describe, expect, it } from "vitest";
import { levelsOfKotak } from "../../../src/domain/ninebox";
import { axisPosition } from "../../../src/report/chart-position";
import { buildKotak9Sheet } from "../../../src/report/kotak9-sheet";
import { KOTAK_COLOURS } from "../../../src/report/palette";
import { makeInput, many, rangeValues, sheetBlocks, type Person } from "./make-report-input";

const CUTS = { mid: 60, high: 80 };

/** Hue (degrees) of an "RRGGBB" colour. */
function hue(rgb: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe("Chart position: a score's place inside its band (RULES §2 bands [0,60), [60,80), [80,100])", () => {
  it("puts a score in the middle of its band in the middle of its box", () => {
    expect(axisPosition(2, 70, CUTS, 0)).toBeCloseTo(1.5, 12);
    expect(axisPosition(1, 30, CUTS, 0)).toBeCloseTo(0.5, 12);
    expect(axisPosition(3, 90, CUTS, 0)).toBeCloseTo(2.5, 12);
  });

  it("keeps band edges 0.05 inside the box, so no point sits on a border", () => {
    expect(axisPosition(3, 80, CUTS, 0)).toBeCloseTo(2.05, 12);
    expect(axisPosition(3, 100, CUTS, 0)).toBeCloseTo(2.95, 12);
    expect(axisPosition(1, 0, CUTS, 0)).toBeCloseTo(0.05, 12);
    expect(axisPosition(2, 79.99, CUTS, 0)).toBeCloseTo(1.95, 12);
  });

  it("puts 0.6·80 + 0.4·80 (counted as 80, RULES §2) at the bottom of level 3, not below it", () => {
    expect(axisPosition(3, 0.6 * 80 + 0.4 * 80, CUTS, 0)).toBeCloseTo(2.05, 12);
    expect(axisPosition(3, 80 - 1e-10, CUTS, 0)).toBeCloseTo(2.05, 12);
  });

  it("follows the configured cuts", () => {
    expect(axisPosition(2, 74, { mid: 68, high: 77 }, 0)).toBeCloseTo(1 + 6 / 9, 12);
  });

  it("puts a categorical axis (no score) near the box centre, the same on every run", () => {
    for (let seed = 0; seed < 500; seed++) {
      const x = axisPosition(2, NaN, CUTS, seed);
      expect(x).toBeGreaterThanOrEqual(1.2);
      expect(x).toBeLessThanOrEqual(1.8);
      expect(axisPosition(2, NaN, CUTS, seed)).toBe(x);
    }
    const spread = new Set(Array.from({ length: 50 }, (_, s) => axisPosition(1, NaN, CUTS, s).toFixed(3)));
    expect(spread.size).toBeGreaterThan(40);
  });

  it("gives no position when the level is not determined", () => {
    expect(axisPosition(0, 70, CUTS, 0)).toBeNaN();
  });
});

function mixed(): Person[] {
  // Scored people on band edges and inside; categorical people (no scores); two not classified.
  return [
    { row: 10, kotak: 9, kinerja: 80, potensial: 100 },
    { row: 11, kotak: 9, kinerja: 0.6 * 80 + 0.4 * 80, potensial: 80 },
    { row: 12, kotak: 5, kinerja: 60, potensial: 79.99 },
    { row: 13, kotak: 1, kinerja: 0, potensial: 59.9 },
    ...many(20, 6, 14),
    ...many(15, 4, 40),
    ...many(2, 0, 60),
  ];
}

describe("RULES §7 Kotak 9 chart: one series per kotak, in grid space", () => {
  const sheet = buildKotak9Sheet(makeInput(mixed()));
  const chart = sheet.charts[0];

  it("is one XY chart with 9 series named after the boxes", () => {
    expect(sheet.charts).toHaveLength(1);
    expect(chart.sheet).toBe("Talenta - Kotak 9");
    expect(chart.series.map((s) => s.name)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => `Kotak ${k}`));
  });

  it("gives every box its own marker colour, so the legend tells all nine apart", () => {
    expect(new Set(chart.series.map((s) => s.color.toUpperCase())).size).toBe(9);
  });

  it("gives boxes of one grid colour different marker shapes (they also differ on a grey print)", () => {
    for (const family of [[1, 2, 3], [4, 5, 6], [7, 8, 9]]) {
      expect(new Set(family.map((k) => chart.series[k - 1].marker ?? "circle")).size).toBe(family.length);
    }
  });

  it("keeps each marker in the hue of its box on the grid (red 1–3, amber 4–6, green 7–9)", () => {
    for (const k of [1, 2, 3, 4, 5, 6, 7, 8, 9] as const) {
      const gap = Math.abs(hue(chart.series[k - 1].color) - hue(KOTAK_COLOURS[k].fill));
      expect(Math.min(gap, 360 - gap), `kotak ${k}`).toBeLessThanOrEqual(30);
    }
  });

  it("has axes 0–3 with a gridline at every box border and no numbers along them", () => {
    expect(chart.xAxis).toMatchObject({ min: 0, max: 3, majorUnit: 1, tickLabels: false });
    expect(chart.yAxis).toMatchObject({ min: 0, max: 3, majorUnit: 1, tickLabels: false });
  });

  it("names the levels in the axis titles, low to high (RULES §1 orientation)", () => {
    expect(chart.xAxis.title).toBe("Potensial: Rendah · Menengah · Tinggi");
    expect(chart.yAxis.title).toBe("Kinerja: Di Bawah · Sesuai · Di Atas Ekspektasi");
  });

  it("plots every classified person once, strictly inside the box of their kotak", () => {
    let plotted = 0;
    for (const [i, s] of chart.series.entries()) {
      const k = (i + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
      const written = (v: unknown) => v !== null && v !== undefined;
      const xs = rangeValues(sheetBlocks(sheet), s.x).filter(written) as number[];
      const ys = rangeValues(sheetBlocks(sheet), s.y).filter(written) as number[];
      const kotakColumn = { sheet: s.x.sheet, rect: { ...s.x.rect, col: s.x.rect.col - 1 } };
      expect(rangeValues(sheetBlocks(sheet), kotakColumn).filter(written).every((v) => v === k)).toBe(true);
      expect(xs.length).toBe(ys.length);
      const { kinerja, potensial } = levelsOfKotak(k);
      for (let j = 0; j < xs.length; j++) {
        expect(xs[j]).toBeGreaterThanOrEqual(potensial - 1 + 0.05);
        expect(xs[j]).toBeLessThanOrEqual(potensial - 0.05);
        expect(ys[j]).toBeGreaterThanOrEqual(kinerja - 1 + 0.05);
        expect(ys[j]).toBeLessThanOrEqual(kinerja - 0.05);
      }
      plotted += xs.length;
    }
    expect(plotted).toBe(4 + 20 + 15);
  });

  it("places scored people by their scores", () => {
    const x9 = rangeValues(sheetBlocks(sheet), chart.series[8].x);
    const y9 = rangeValues(sheetBlocks(sheet), chart.series[8].y);
    expect(x9).toEqual([2.95, 2.05]);
    expect(y9).toEqual([2.05, 2.05]);
    expect(rangeValues(sheetBlocks(sheet), chart.series[4].x)).toEqual([1.95]);
    expect(rangeValues(sheetBlocks(sheet), chart.series[4].y)).toEqual([1.05]);
  });

  it("sits beside the grid on screen (RULES §7: the sheet holds the grid and the chart) and off the printed pages, its data right of it", () => {
    // Printed beside the grid, the chart shrank the page one wide to names of about 5 pt: the print is the grid
    // (page 1) and the legend (page 2) at the grid's own scale.
    const area = sheet.layout.page!.printArea!;
    expect(chart.anchor.row).toBeLessThan(area.row + area.rows);
    expect(chart.anchor.col).toBeGreaterThanOrEqual(area.col + area.cols);
    for (const s of chart.series) {
      expect(s.x.sheet).toBe("Talenta - Kotak 9");
      expect(s.x.rect.col).toBeGreaterThanOrEqual(chart.anchor.col + chart.anchor.cols);
      expect(s.y.rect.col).toBe(s.x.rect.col + 1);
    }
  });

  it("keeps an empty kotak as a series over one cell Talenta leaves empty", () => {
    const s3 = chart.series[2];
    expect(s3.x.rect.rows).toBe(1);
    expect(rangeValues(sheetBlocks(sheet), s3.x)).toEqual([undefined]);
    expect(rangeValues(sheetBlocks(sheet), s3.y)).toEqual([undefined]);
  });

  it("gives the same chart on a re-run (jitter is deterministic)", () => {
    const again = buildKotak9Sheet(makeInput(mixed()));
    expect(again.columnBlocks).toEqual(sheet.columnBlocks);
  });
});
