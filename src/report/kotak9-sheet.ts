// RULES §7 "Talenta - Kotak 9": the grid with counts, percentages, names and colours, print-ready on one
// A4 landscape page, plus the scatter chart of every classified person.
import { SHEET_NAMES } from "../domain/glossary";
import type { SheetLayout } from "../grid/types";
import { Canvas } from "./canvas";
import { buildChartData, buildChartSpec, chartPoints } from "./kotak9-chart";
import { drawGrid, drawLegend, drawPool, drawTitle } from "./kotak9-grid";
import { BOX_WIDTH, COL, COLUMN_WIDTHS, LEGEND_ROW_HEIGHT, LEVEL_ROW_HEIGHTS, legendRow, levelTopRow, NAMES_FONT_SIZE, ROW } from "./kotak9-layout";
import { collectBoxNames, namesCell } from "./kotak9-names";
import { KOTAK_NUMBERS, TALENTA_HEADER } from "./palette";
import { pageFooter } from "./print-pages";
import { phrase } from "./report-labels";
import { countRun, issuesByRow } from "./run-counts";
import { sourceLine } from "./source-line";
import type { OwnedSheet, ReportInput } from "./types";

export function buildKotak9Sheet(input: ReportInput): OwnedSheet {
  const { table, classification: c, lang, run } = input;
  const name = SHEET_NAMES.kotak9;
  const counts = countRun(c, issuesByRow(c.issues, c.kotak.length));
  const canvas = new Canvas(name, COL.last + 1);

  drawTitle(canvas, {
    title: phrase("kotak9Title", lang),
    source: sourceLine(run, lang, { preset: true }),
    summary: `${phrase("rowsRead", lang)}: ${counts.rows} · ${phrase("classified", lang)}: ${counts.classified} · ${phrase("notClassified", lang)}: ${counts.notClassified}`,
  });
  const cell = namesCell(BOX_WIDTH, LEVEL_ROW_HEIGHTS[2], NAMES_FONT_SIZE);
  drawGrid(canvas, counts, collectBoxNames(table, c, phrase("row", lang), cell), lang);
  drawLegend(canvas, counts, lang);
  drawPool(canvas, counts, input.config.pool, lang);

  const points = chartPoints(c, input.config);
  const rowHeights: { row: number; height: number }[] = [{ row: ROW.title, height: 24 }];
  for (const level of [3, 2, 1] as const) {
    LEVEL_ROW_HEIGHTS.forEach((height, i) => rowHeights.push({ row: levelTopRow(level) + i, height }));
  }
  for (const k of KOTAK_NUMBERS) rowHeights.push({ row: legendRow(k), height: LEGEND_ROW_HEIGHT });

  const layout: SheetLayout = {
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights,
    merges: canvas.merges,
    page: {
      orientation: "landscape",
      paper: "A4",
      // One page wide, as many tall as the breaks make: Excel keeps manual breaks only when the height is automatic.
      fitToWidth: 1,
      fitToHeight: 0,
      // The grid with its title and axes on page 1 at the largest scale one page wide allows, then the legend and
      // the pool on a page of their own. The chart beside the grid is for the screen: printed beside it, it shrank
      // the names to about 5 pt; with 100,000 people its dots say less than the counts in the grid.
      printArea: { row: 0, col: 0, rows: ROW.rowsRead + 1, cols: COL.last + 1 },
      rowBreaks: [ROW.legendTitle],
      footer: pageFooter(name, lang),
    },
    tabColor: TALENTA_HEADER.fill,
    showGridLines: false,
  };
  return {
    name,
    blocks: [canvas.toBlock()],
    columnBlocks: [buildChartData(name, points, lang)],
    layout,
    charts: [buildChartSpec(name, points, lang)],
  };
}
