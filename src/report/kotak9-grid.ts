// The printed part of "Talenta - Kotak 9": title, the 3×3 grid (RULES §1 orientation), legend, pool counts.
import { KOTAK_INFO, LEVEL_LABELS, POOL_LABELS, type Lang } from "../domain/glossary";
import { levelsOfKotak } from "../domain/ninebox";
import type { CellStyle } from "../grid/types";
import type { Canvas } from "./canvas";
import { COL, legendRow, levelTopRow, NAMES_FONT_SIZE, potensialCol, ROW } from "./kotak9-layout";
import { NAME_SEPARATOR, type BoxNames } from "./kotak9-names";
import { KOTAK_COLOURS, KOTAK_NUMBERS, MUTED_FONT, TALENTA_HEADER, TALENTA_LIGHT } from "./palette";
import { boxCountText, boxesText, phrase } from "./report-labels";
import type { RunCounts } from "./run-counts";
import { term } from "./terms";

const AXIS_STYLE: CellStyle = { bold: true, hAlign: "center", vAlign: "center", wrap: true, fill: TALENTA_LIGHT, border: "thin" };
const HEADER_STYLE: CellStyle = { bold: true, fill: TALENTA_HEADER.fill, fontColor: TALENTA_HEADER.font, hAlign: "center", vAlign: "center", wrap: true, border: "thin" };
const COUNT_FORMAT: CellStyle = { numberFormat: "0", hAlign: "center" };
const PERCENT_FORMAT: CellStyle = { numberFormat: "0.0%", hAlign: "center" };

export function drawTitle(canvas: Canvas, lines: { title: string; source: string; summary: string }): void {
  canvas.set(ROW.title, 0, lines.title).set(ROW.source, 0, lines.source).set(ROW.summary, 0, lines.summary);
  for (const r of [ROW.title, ROW.source, ROW.summary]) canvas.merge(r, 0, 1, COL.gridLast + 1);
  canvas.format(ROW.title, 0, 1, 1, { bold: true, fontSize: 14, fontColor: TALENTA_HEADER.fill });
  canvas.format(ROW.source, 0, 2, 1, { fontSize: 10, fontColor: MUTED_FONT });
}

/** Box number and kategori, e.g. "Kotak 9 – Kinerja di atas ekspektasi dan potensial tinggi". */
export function boxTitle(kotak: number, lang: Lang): string {
  const info = KOTAK_INFO[kotak as keyof typeof KOTAK_INFO];
  return `${term("kotak", lang)} ${kotak} – ${info.kategori[lang]}`;
}

/** The names separated by "; ", and "… dan N lainnya" on a line of its own when some are left out. */
export function boxNamesText(names: readonly string[], more: number, lang: Lang): string | null {
  const shown = names.join(NAME_SEPARATOR);
  if (more === 0) return shown === "" ? null : shown;
  const tail = phrase("andMore", lang, { n: more });
  return shown === "" ? tail : `${shown}\n${tail}`;
}

export function drawGrid(canvas: Canvas, counts: RunCounts, names: BoxNames, lang: Lang): void {
  const gridRows = 3 * ROW.rowsPerLevel;
  canvas.set(ROW.gridTop, COL.axis, term("kinerja", lang)).merge(ROW.gridTop, COL.axis, gridRows, 1);
  canvas.format(ROW.gridTop, COL.axis, gridRows, 1, AXIS_STYLE);
  for (const level of [1, 2, 3] as const) {
    const top = levelTopRow(level);
    canvas.set(top, COL.level, LEVEL_LABELS.kinerja[level][lang]).merge(top, COL.level, ROW.rowsPerLevel, 1);
    canvas.set(ROW.potensialLabels, potensialCol(level), LEVEL_LABELS.potensial[level][lang]);
    // Row kinds share a style across the three boxes: one format per row, not per cell.
    canvas.format(top, COL.box, 1, 3, { bold: true, fontSize: 10, wrap: true, vAlign: "top" });
    canvas.format(top + 1, COL.box, 1, 3, { bold: true, fontSize: 12, hAlign: "center", vAlign: "center" });
    canvas.format(top + 2, COL.box, 1, 3, { fontSize: NAMES_FONT_SIZE, wrap: true, vAlign: "top" });
  }
  canvas.format(ROW.gridTop, COL.level, gridRows, 1, AXIS_STYLE);
  canvas.format(ROW.potensialLabels, COL.box, 1, 3, AXIS_STYLE);
  canvas.set(ROW.potensialTitle, COL.box, term("potensial", lang)).merge(ROW.potensialTitle, COL.box, 1, 3);
  canvas.format(ROW.potensialTitle, COL.box, 1, 3, AXIS_STYLE);

  for (const k of KOTAK_NUMBERS) {
    const { kinerja, potensial } = levelsOfKotak(k);
    const top = levelTopRow(kinerja as 1 | 2 | 3);
    const col = potensialCol(potensial as 1 | 2 | 3);
    canvas.set(top, col, boxTitle(k, lang));
    canvas.set(top + 1, col, boxCountText(counts.perKotak[k], counts.classified, lang));
    canvas.set(top + 2, col, boxNamesText(names.shown[k], names.more[k], lang));
    const colours = KOTAK_COLOURS[k];
    canvas.format(top, col, ROW.rowsPerLevel, 1, { fill: colours.fill, fontColor: colours.font, border: "medium" });
  }
}

export function drawLegend(canvas: Canvas, counts: RunCounts, lang: Lang): void {
  canvas.set(ROW.legendTitle, COL.level, phrase("legend", lang)).merge(ROW.legendTitle, COL.level, 1, COL.last);
  canvas.format(ROW.legendTitle, COL.level, 1, 1, { bold: true, fontColor: TALENTA_HEADER.fill });
  const h = ROW.legendHeader;
  canvas.set(h, COL.level, term("kotak", lang)).set(h, COL.box, term("kategori", lang));
  canvas.set(h, COL.box + 1, term("rekomendasi", lang)).merge(h, COL.box + 1, 1, 2);
  canvas.set(h, COL.count, phrase("count", lang)).set(h, COL.percent, phrase("percent", lang));
  canvas.format(h, COL.level, 1, COL.last, HEADER_STYLE);

  for (const k of KOTAK_NUMBERS) {
    const r = legendRow(k);
    const count = counts.perKotak[k];
    canvas.set(r, COL.level, k).set(r, COL.box, KOTAK_INFO[k].kategori[lang]);
    canvas.set(r, COL.box + 1, KOTAK_INFO[k].rekomendasi[lang].join("; ")).merge(r, COL.box + 1, 1, 2);
    canvas.set(r, COL.count, count).set(r, COL.percent, counts.classified > 0 ? count / counts.classified : null);
    canvas.format(r, COL.level, 1, 1, { fill: KOTAK_COLOURS[k].fill, fontColor: KOTAK_COLOURS[k].font, bold: true });
  }
  const first = ROW.legendFirst;
  canvas.format(first, COL.level, 9, 1, { numberFormat: "0", hAlign: "center", vAlign: "center", border: "thin" });
  canvas.format(first, COL.box, 9, 3, { wrap: true, vAlign: "top", fontSize: 10, numberFormat: "@", border: "thin" });
  canvas.format(first, COL.count, 10, 1, { ...COUNT_FORMAT, border: "thin" });
  canvas.format(first, COL.percent, 10, 1, { ...PERCENT_FORMAT, border: "thin" });

  const t = ROW.legendTotal;
  canvas.set(t, COL.level, phrase("classified", lang)).merge(t, COL.level, 1, 4);
  canvas.set(t, COL.count, counts.classified).set(t, COL.percent, counts.classified > 0 ? 1 : null);
  canvas.format(t, COL.level, 1, COL.last, { bold: true, fill: TALENTA_LIGHT });
}

export function drawPool(canvas: Canvas, counts: RunCounts, pool: { instansi: readonly number[]; nasional: readonly number[] }, lang: Lang): void {
  canvas.set(ROW.poolTitle, COL.level, term("kelompokRencanaSuksesi", lang)).merge(ROW.poolTitle, COL.level, 1, COL.last);
  canvas.format(ROW.poolTitle, COL.level, 1, 1, { bold: true, fontColor: TALENTA_HEADER.fill });
  const inPool = (boxes: readonly number[]) => boxes.reduce((s, k) => s + (counts.perKotak[k] ?? 0), 0);
  // Pool shares are of the classified rows, like the boxes; the last two lines are plain counts.
  const lines: [row: number, label: string, count: number, share: boolean][] = [
    [ROW.poolInstansi, poolLine(POOL_LABELS.instansi[lang], pool.instansi, lang), inPool(pool.instansi), true],
    [ROW.poolNasional, poolLine(POOL_LABELS.nasional[lang], pool.nasional, lang), inPool(pool.nasional), true],
    [ROW.notClassified, phrase("notClassified", lang), counts.notClassified, false],
    [ROW.rowsRead, phrase("rowsRead", lang), counts.rows, false],
  ];
  for (const [row, label, count, share] of lines) {
    canvas.set(row, COL.level, label).merge(row, COL.level, 1, 4);
    canvas.set(row, COL.count, count).set(row, COL.percent, share && counts.classified > 0 ? count / counts.classified : null);
  }
  canvas.format(ROW.poolInstansi, COL.level, 4, 4, { border: "thin" });
  canvas.format(ROW.poolInstansi, COL.count, 4, 1, { ...COUNT_FORMAT, border: "thin" });
  canvas.format(ROW.poolInstansi, COL.percent, 4, 1, { ...PERCENT_FORMAT, border: "thin" });
}

function poolLine(label: string, boxes: readonly number[], lang: Lang): string {
  return `${label} (${boxesText(boxes, lang)})`;
}
