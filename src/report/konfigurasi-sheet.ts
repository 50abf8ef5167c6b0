// RULES §7 "Talenta - Konfigurasi": what produced the results — preset and why, weights, cuts, versions, time,
// source, row counts, column mapping — and the whole configuration as JSON, so a run can be audited and repeated.
import type { AxisConfig, AxisName, TalentaConfig } from "../domain/config";
import { fieldLabel, LEVEL_LABELS, POOL_LABELS, PREDIKAT_LABELS, SHEET_NAMES, type Lang } from "../domain/glossary";
import { PREDIKAT_ORDER } from "../domain/labels";
import { PRESETS } from "../domain/presets";
import { columnLetters } from "../grid/a1";
import type { CellStyle, CellValue } from "../grid/types";
import { Canvas } from "./canvas";
import { TALENTA_HEADER, TALENTA_LIGHT } from "./palette";
import { pageFooter } from "./print-pages";
import { fitRowHeights } from "./row-heights";
import { phrase } from "./report-labels";
import { resultColumnRange } from "./result-columns";
import { countRun, issuesByRow } from "./run-counts";
import { sourceText } from "./source-text";
import { presetName, term } from "./terms";
import { listText, readableDateTime } from "./text-format";
import type { OwnedSheet, ReportInput } from "./types";

const COLS = 4;
/** Excel keeps at most 32,767 characters in a cell; longer JSON continues in the cells below. */
export const JSON_CHUNK = 32_000;

const SECTION: CellStyle = { bold: true, fill: TALENTA_HEADER.fill, fontColor: TALENTA_HEADER.font };
const TABLE_HEADER: CellStyle = { bold: true, fill: TALENTA_LIGHT, border: "thin" };
const PERCENT: CellStyle = { numberFormat: "0%", hAlign: "center" };

/** Writes rows top to bottom: label in column A, values to its right. */
class RowWriter {
  r = 0;
  constructor(readonly canvas: Canvas) {}
  row(...cells: CellValue[]): number {
    cells.forEach((v, c) => this.canvas.set(this.r, c, v));
    return this.r++;
  }
  section(title: string): void {
    this.r++;
    const r = this.row(title);
    this.canvas.merge(r, 0, 1, COLS).format(r, 0, 1, COLS, SECTION);
  }
  tableHeader(...cells: string[]): void {
    const r = this.row(...cells);
    this.canvas.format(r, 0, 1, cells.length, TABLE_HEADER);
  }
}

function axisTitle(axis: AxisName, lang: Lang): string {
  return `${term(axis, lang)} (${axis === "kinerja" ? "Y" : "X"})`;
}

function drawAxis(s: RowWriter, axisName: AxisName, axis: AxisConfig, config: TalentaConfig, lang: Lang): void {
  s.section(axisTitle(axisName, lang));
  if (axis.kind === "scored") {
    s.tableHeader(phrase("input", lang), phrase("weight", lang), phrase("valueFrom", lang));
    const first = s.r;
    for (const input of axis.inputs) {
      s.row(lang === "en" ? (input.labelEn ?? input.label) : input.label, input.weight / 100, sourceText(input.source, lang));
    }
    s.canvas.format(first, 1, axis.inputs.length, 1, PERCENT);
  } else if (axis.kind === "category") {
    s.row(phrase("categoryFrom", lang), fieldLabel(axis.field, lang));
  } else {
    s.row(phrase("predikatLevel", lang));
    s.tableHeader(fieldLabel("predikat", lang), phrase("level", lang));
    for (const p of PREDIKAT_ORDER) s.row(PREDIKAT_LABELS[p][lang], LEVEL_LABELS.kinerja[config.predikatLevels[p]][lang]);
  }
  const cuts = config.cuts[axisName];
  const first = s.row(phrase("cutMid", lang), cuts.mid);
  s.row(phrase("cutHigh", lang), cuts.high);
  s.canvas.format(first, 1, 2, 1, { numberFormat: "0.##", hAlign: "left" });
}

function nilaiTalentaText(config: TalentaConfig, lang: Lang): string {
  const rule = config.nilaiTalenta;
  if (rule.kind === "mean") return phrase("meanOfAxes", lang);
  return `${rule.kinerja}% ${term("kinerja", lang)} + ${rule.potensial}% ${term("potensial", lang)}`;
}

export function buildKonfigurasiSheet(input: ReportInput): OwnedSheet {
  const { table, classification: c, config, lang, run } = input;
  const name = SHEET_NAMES.konfigurasi;
  const canvas = new Canvas(name, COLS);
  const s = new RowWriter(canvas);
  const counts = countRun(c, issuesByRow(c.issues, c.kotak.length));
  const preset = PRESETS.find((p) => p.id === run.presetId);

  s.row(phrase("konfigurasiTitle", lang));
  canvas.format(0, 0, 1, 1, { bold: true, fontSize: 14, fontColor: TALENTA_HEADER.fill });

  s.section(phrase("general", lang));
  const generalTop = s.r;
  s.row(phrase("preset", lang), presetName(run.presetId, lang), run.presetId);
  // Long single values span B:D and wrap, so they print whole.
  const wide = (r: number) => canvas.merge(r, 1, 1, COLS - 1).format(r, 1, 1, COLS - 1, { wrap: true });
  if (preset) wide(s.row(phrase("regulation", lang), preset.regulation[lang]));
  wide(s.row(phrase("presetReason", lang), run.presetReason));
  s.row(phrase("sheet", lang), run.sourceSheet);
  s.row(phrase("headerRows", lang), listText(table.headerRows.map((r) => r + 1)));
  const n = table.sheetRows.length;
  s.row(phrase("dataRows", lang), n > 0 ? `${table.sheetRows[0] + 1}–${table.sheetRows[n - 1] + 1}` : "–");
  const results = resultColumnRange(table);
  s.row(phrase("resultColumns", lang), `${columnLetters(results.first)}–${columnLetters(results.last)}`);
  const countsTop = s.row(phrase("rowsRead", lang), counts.rows);
  s.row(phrase("classified", lang), counts.classified);
  s.row(phrase("notClassified", lang), counts.notClassified);
  s.row(phrase("flagged", lang), counts.flagged);
  canvas.format(countsTop, 1, 4, 1, { numberFormat: "0", hAlign: "left" });
  // Versions are written as text so "1.10" never becomes 1.1.
  const versionTop = s.row(phrase("rulesVersion", lang), String(run.rulesVersion));
  s.row(phrase("appVersion", lang), run.appVersion);
  canvas.format(versionTop, 1, 2, 1, { numberFormat: "@", hAlign: "left" });
  s.row(phrase("runAt", lang), run.at.toISOString(), readableDateTime(run.at, lang));
  canvas.format(generalTop, 0, s.r - generalTop, 1, { bold: true });

  drawAxis(s, "kinerja", config.kinerja, config, lang);
  drawAxis(s, "potensial", config.potensial, config, lang);

  s.section(phrase("predikatPoints", lang));
  const pointsTop = s.r;
  for (const p of PREDIKAT_ORDER) s.row(PREDIKAT_LABELS[p][lang], config.predikatPoints[p]);
  canvas.format(pointsTop, 1, PREDIKAT_ORDER.length, 1, { numberFormat: "0.##", hAlign: "left" });
  const years = config.predikatYears;
  s.row(
    phrase("predikatYears", lang),
    years.mode === "latest"
      ? phrase("latestYear", lang)
      : Object.entries(years.weights).sort(([a], [b]) => a.localeCompare(b)).map(([y, w]) => `${y}: ${w}%`).join(", "),
  );

  s.section(term("nilaiTalenta", lang));
  s.row(phrase("nilaiTalentaRule", lang), nilaiTalentaText(config, lang));

  s.section(phrase("poolBoxes", lang));
  s.row(POOL_LABELS.instansi[lang], listText([...config.pool.instansi].sort((a, b) => a - b)));
  s.row(POOL_LABELS.nasional[lang], listText([...config.pool.nasional].sort((a, b) => a - b)));

  s.section(phrase("columnMapping", lang));
  s.tableHeader(phrase("field", lang), phrase("column", lang), phrase("header", lang), phrase("year", lang));
  const mapTop = s.r;
  for (const col of [...table.columns].sort((a, b) => a.col - b.col)) {
    s.row(fieldLabel(col.field, lang), columnLetters(col.col), col.header, col.year ?? null);
  }
  canvas.format(mapTop, 0, table.columns.length, 3, { numberFormat: "@" });
  canvas.format(mapTop, 3, table.columns.length, 1, { numberFormat: "0", hAlign: "left" });

  // The printout ends before the JSON: one long line, it would shrink a fit-to-width page to nothing (LibreOffice)
  // or run off it (Excel). It stays whole in its cells for copying; the workbook's settings part keeps it too.
  const printed = s.r;
  // What prints wraps in its column (a formula of "Asal nilai", a long column header), top-aligned.
  canvas.format(0, 1, printed, 2, { wrap: true }).format(0, 0, printed, COLS, { vAlign: "top" });
  s.section(phrase("configJson", lang));
  const json = JSON.stringify(config);
  const jsonTop = s.r;
  for (let i = 0; i < json.length || i === 0; i += JSON_CHUNK) s.row(json.slice(i, i + JSON_CHUNK));
  canvas.format(jsonTop, 0, s.r - jsonTop, 1, { numberFormat: "@", wrap: false });

  const columnWidths = [34, 48, 60, 10].map((width, col) => ({ col, width }));
  const block = canvas.toBlock();
  return {
    name,
    blocks: [block],
    layout: {
      columnWidths,
      // Heights for the printed rows only: the JSON below is one unwrapped line per cell.
      rowHeights: fitRowHeights(block.values.slice(0, printed), columnWidths, canvas.merges),
      merges: canvas.merges,
      page: {
        // Landscape: the four columns (152 characters) print at about 90 % instead of 60 % on a portrait page.
        orientation: "landscape",
        paper: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        printArea: { row: 0, col: 0, rows: printed, cols: COLS },
        footer: pageFooter(name, lang),
      },
      tabColor: TALENTA_HEADER.fill,
    },
    charts: [],
  };
}
