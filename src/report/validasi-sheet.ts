// RULES §7 "Talenta - Validasi": every row not classified or flagged, one line per issue, with the reason and the
// cell address, so the user can go and fix the cell.
import { fieldLabel, formatIssue, SHEET_NAMES } from "../domain/glossary";
import { ISSUE_LABELS } from "../domain/issue-messages";
import type { Issue } from "../domain/issues";
import type { TalentaTable } from "../domain/table";
import { quoteSheetName } from "../grid/a1";
import type { CellStyle, CellValue } from "../grid/types";
import { Canvas } from "./canvas";
import { MUTED_FONT, TALENTA_HEADER } from "./palette";
import { userText } from "./person";
import { FITTED_ROWS_UP_TO, pageFooter, wrappedRowHeights } from "./print-pages";
import { phrase, type PhraseKey } from "./report-labels";
import { countRun, issuesByRow } from "./run-counts";
import { sourceLine } from "./source-line";
import type { OwnedSheet, ReportInput } from "./types";

// NIP and Nama are field labels from the glossary; the rest are words of this sheet.
const HEADERS: readonly (PhraseKey | "nip" | "nama")[] = ["no", "cell", "row", "nip", "nama", "code", "severity", "message"];
export const VALIDASI_COLUMNS = HEADERS.length;
// Printed one page wide on A4 landscape: about 165 characters across keeps 11-point text at about 9 points.
// The address, name, code and message wrap in their column, and the rows get heights that fit them.
const WIDTHS = [5, 30, 7, 20, 22, 16, 10, 60];
const WRAPPED = [1, 4, 5, 7];

export const VALIDASI_ROW = { title: 0, source: 1, summary: 2, header: 7, first: 8 } as const;

const HEADER_STYLE: CellStyle = { bold: true, fill: TALENTA_HEADER.fill, fontColor: TALENTA_HEADER.font, hAlign: "center", vAlign: "center", border: "thin" };
const NUMBER: CellStyle = { numberFormat: "0", hAlign: "center" };
// User texts (NIP, Nama) and every text column are "@": a name like "=cmd" stays text (RULES §7).
const TEXT: CellStyle = { numberFormat: "@", wrap: false };

/** "'Data Pegawai'!D7"; without a cell, the whole sheet row ("'Data Pegawai'!7:7"). */
export function issueAddress(table: TalentaTable, issue: Issue): string {
  const sheet = quoteSheetName(table.sheet);
  if (issue.cell !== undefined) return `${sheet}!${issue.cell}`;
  const row = table.sheetRows[issue.row] + 1;
  return `${sheet}!${row}:${row}`;
}

export function buildValidasiSheet(input: ReportInput): OwnedSheet {
  const { table, classification: c, lang, run } = input;
  const name = SHEET_NAMES.validasi;
  const byRow = issuesByRow(c.issues, c.kotak.length);
  const counts = countRun(c, byRow);
  const canvas = new Canvas(name, VALIDASI_COLUMNS);

  canvas.set(VALIDASI_ROW.title, 0, phrase("validasiTitle", lang));
  canvas.set(VALIDASI_ROW.source, 0, sourceLine(run, lang, { preset: false }));
  canvas.format(VALIDASI_ROW.title, 0, 1, 1, { bold: true, fontSize: 14, fontColor: TALENTA_HEADER.fill });
  canvas.format(VALIDASI_ROW.source, 0, 1, 1, { fontSize: 10, fontColor: MUTED_FONT });
  const summary: [PhraseKey, number][] = [
    ["rowsRead", counts.rows],
    ["classified", counts.classified],
    ["notClassified", counts.notClassified],
    ["flagged", counts.flagged],
  ];
  summary.forEach(([key, n], i) => canvas.set(VALIDASI_ROW.summary + i, 1, phrase(key, lang)).set(VALIDASI_ROW.summary + i, 2, n));
  canvas.format(VALIDASI_ROW.summary, 1, summary.length, 1, { bold: true });
  canvas.format(VALIDASI_ROW.summary, 2, summary.length, 1, NUMBER);

  canvas.setRow(VALIDASI_ROW.header, HEADERS.map((key) => (key === "nip" || key === "nama" ? fieldLabel(key, lang) : phrase(key, lang))));
  canvas.format(VALIDASI_ROW.header, 0, 1, VALIDASI_COLUMNS, HEADER_STYLE);

  const severity = { error: phrase("error", lang), warning: phrase("warning", lang) };
  let r = VALIDASI_ROW.first;
  for (let i = 0; i < byRow.length; i++) {
    const issues = byRow[i];
    if (!issues) continue;
    const nip = userText(table, "nip", i);
    const nama = userText(table, "nama", i);
    for (const issue of issues) {
      const row: CellValue[] = [
        r - VALIDASI_ROW.first + 1,
        issueAddress(table, issue),
        table.sheetRows[i] + 1,
        nip,
        nama,
        // A short label, not the program's code ("nip-stored-as-number") on a printed sheet.
        ISSUE_LABELS[issue.code][lang],
        severity[issue.severity],
        formatIssue(issue, lang),
      ];
      canvas.setRow(r++, row);
    }
  }
  const rows = r - VALIDASI_ROW.first;
  if (rows === 0) canvas.set(VALIDASI_ROW.first, 1, phrase("noIssues", lang));
  else {
    canvas.format(VALIDASI_ROW.first, 0, rows, 1, NUMBER);
    canvas.format(VALIDASI_ROW.first, 1, rows, 1, TEXT);
    canvas.format(VALIDASI_ROW.first, 2, rows, 1, NUMBER);
    canvas.format(VALIDASI_ROW.first, 3, rows, 5, TEXT);
    for (const col of WRAPPED) canvas.format(VALIDASI_ROW.first, col, rows, 1, { wrap: true });
    canvas.format(VALIDASI_ROW.first, 0, rows, VALIDASI_COLUMNS, { vAlign: "top" });
  }

  const columnWidths = WIDTHS.map((width, col) => ({ col, width }));
  const block = canvas.toBlock();
  return {
    name,
    blocks: [block],
    layout: {
      columnWidths,
      ...(rows > 0 && rows <= FITTED_ROWS_UP_TO ? { rowHeights: wrappedRowHeights(block.values, columnWidths, VALIDASI_ROW.first) } : {}),
      merges: canvas.merges,
      freeze: { rows: VALIDASI_ROW.header + 1, cols: 0 },
      page: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        // The table's header row on top of every page.
        printTitles: { rows: { first: VALIDASI_ROW.header, last: VALIDASI_ROW.header } },
        footer: pageFooter(name, lang),
      },
      tabColor: TALENTA_HEADER.fill,
    },
    charts: [],
  };
}
