// Where things sit on "Talenta - Kotak 9" (0-based rows and columns). One table of positions, so the grid,
// the legend, the chart anchor and the print area cannot drift apart.
import type { KotakNumber } from "./palette";

export const COL = {
  axis: 0, // A: "Kinerja", merged down the grid
  level: 1, // B: kinerja level labels
  box: 2, // C, D, E: potensial Rendah, Menengah, Tinggi
  count: 5, // F: legend counts
  percent: 6, // G: legend percentages
  /** Last column of the legend. */
  last: 6,
  /** Last column of the printed page (the grid). */
  gridLast: 4,
} as const;

export const ROW = {
  title: 0,
  source: 1,
  summary: 2,
  gridTop: 4,
  /** Each kinerja level takes three sheet rows: box title, count, names. */
  rowsPerLevel: 3,
  potensialLabels: 13,
  potensialTitle: 14,
  legendTitle: 16,
  legendHeader: 17,
  legendFirst: 18, // kotak 1 .. 9 on rows 18..26
  legendTotal: 27,
  poolTitle: 29,
  poolInstansi: 30,
  poolNasional: 31,
  notClassified: 32,
  rowsRead: 33,
  /** Rows in the main block. */
  height: 34,
} as const;

/** Width (characters) of each box column. */
export const BOX_WIDTH = 34;

export const COLUMN_WIDTHS: readonly { col: number; width: number }[] = [
  // The bold axis title must hold "Performance" (11 letters) on one line; 11 broke it as "Performanc e".
  { col: COL.axis, width: 15 },
  { col: COL.level, width: 17 },
  { col: COL.box, width: BOX_WIDTH },
  { col: COL.box + 1, width: BOX_WIDTH },
  { col: COL.box + 2, width: BOX_WIDTH },
  { col: COL.count, width: 10 },
  { col: COL.percent, width: 12 },
];

/**
 * Heights (points) of a level's three rows: the box title, the count line, the names. The grid must fit page 1 at
 * the scale the legend's width sets (one page wide, A4 landscape): 93 pt of names is what that leaves.
 */
export const LEVEL_ROW_HEIGHTS = [34, 20, 93] as const;
/** Font size (points) of the names in a box: with the names row height and BOX_WIDTH it decides how many fit. */
export const NAMES_FONT_SIZE = 9;
export const LEGEND_ROW_HEIGHT = 32;

/** The chart sits right of the legend columns, beside the grid. */
export const CHART_ANCHOR = { row: ROW.gridTop, col: 8, rows: ROW.potensialTitle - ROW.gridTop + 1, cols: 9 };
/** Chart data right of the chart: columns Kotak, x, y; one row per person, grouped by kotak (1 to 9). */
export const DATA = { col: 19, labelRow: 0, headerRow: 1, firstRow: 2, cols: 3 } as const;

/** Top sheet row of a kinerja level (3 = Di Atas, printed on top). */
export function levelTopRow(kinerjaLevel: 1 | 2 | 3): number {
  return ROW.gridTop + (3 - kinerjaLevel) * ROW.rowsPerLevel;
}

/** Sheet column of a potensial level (3 = Tinggi, printed right). */
export function potensialCol(potensialLevel: 1 | 2 | 3): number {
  return COL.box + potensialLevel - 1;
}

export function legendRow(kotak: KotakNumber): number {
  return ROW.legendFirst + kotak - 1;
}
