// RULES §8 "Talenta - Suksesi": a summary of every key position's bench strength at the top, then one block
// per position (suksesi-block.ts), then the pool members left out because their NIP is stored as a number
// (RULES §6; a duplicate, invalid or missing NIP is only flagged and does not leave anyone out).
// Print-ready: A4 landscape, one page wide.
import { SHEET_NAMES, type Lang } from "../domain/glossary";
import { BENCH_REASON, EXCLUSION_LABEL, JENJANG_LABEL, READINESS_LABEL, type PositionPlan } from "../domain/succession";
import type { SheetLayout } from "../grid/types";
import { Canvas } from "./canvas";
import { TALENTA_HEADER } from "./palette";
import { blockBreaks, DEFAULT_ROW_POINTS, fitToWidthScale, pageFooter, pageHeightPoints } from "./print-pages";
import { phrase } from "./report-labels";
import { fitRowHeights } from "./row-heights";
import { sourceLine } from "./source-line";
import { benchStyle, benchText, dayText, nameOf, nipOf, type SuccessionReportInput } from "./succession-input";
import { sPhrase, targetIssueText } from "./succession-labels";
import { drawPositionBlock } from "./suksesi-block";
import { BODY_STYLE, HEADER_STYLE, suksesiLayout, type SuksesiLayout } from "./suksesi-layout";
import { term } from "./terms";
import type { OwnedSheet } from "./types";

export interface SuksesiSheet {
  sheet: OwnedSheet;
  /** 0-based sheet row of each position's block, by position index (the pane's "go to"). */
  blockRows: number[];
}

function summaryRow(canvas: Canvas, layout: SuksesiLayout, r: number, plan: PositionPlan, lang: Lang): void {
  const p = plan.target.position;
  const jenjang = plan.target.jenjang ? JENJANG_LABEL[plan.target.jenjang] : (p.jenjang ?? "");
  // RULES §8: the bench counts every candidate, listed or not; so do these two columns.
  const siap = plan.siapSekarangCount;
  canvas.set(r, 0, plan.index + 1).set(r, 1, p.jabatanTarget).merge(r, 1, 1, 2);
  canvas.set(r, 3, p.unitKerja ?? null).set(r, 4, [jenjang, p.eselon].filter(Boolean).join(" · "));
  canvas.set(r, 5, plan.eligibleCount).merge(r, 5, 1, 2).set(r, 7, siap).merge(r, 7, 1, 2);
  canvas.set(r, 9, benchText(plan.bench.strength, lang));
  // A row number means nothing on paper: name the block by its number, as its title shows it ("1. …").
  const where = sPhrase("seeSection", lang, { n: plan.index + 1 });
  canvas.set(r, 10, `${BENCH_REASON[lang][plan.bench.reason]} ${where}`).merge(r, 10, 1, layout.last - 9);
  canvas.format(r, 0, 1, layout.last + 1, BODY_STYLE);
  canvas.format(r, 0, 1, 1, { hAlign: "center" }).format(r, 5, 1, 4, { hAlign: "center", numberFormat: "0" });
  canvas.format(r, 9, 1, 1, benchStyle(plan.bench.strength));
}

function summaryHeader(canvas: Canvas, layout: SuksesiLayout, r: number, lang: Lang): void {
  canvas.set(r, 0, phrase("no", lang)).set(r, 1, sPhrase("jabatanTarget", lang)).merge(r, 1, 1, 2);
  canvas.set(r, 3, sPhrase("unitKerja", lang)).set(r, 4, sPhrase("jenjang", lang));
  canvas.set(r, 5, sPhrase("candidates", lang)).merge(r, 5, 1, 2).set(r, 7, READINESS_LABEL[lang]["siap-sekarang"]).merge(r, 7, 1, 2);
  canvas.set(r, 9, sPhrase("bench", lang)).set(r, 10, sPhrase("note", lang)).merge(r, 10, 1, layout.last - 9);
  canvas.format(r, 0, 1, layout.last + 1, HEADER_STYLE);
}

/** Rows the summary and notes take before the first block, so block rows are known before drawing. */
function headRows(input: SuccessionReportInput): number {
  const { plan, targets } = input.succession;
  const notes = (targets?.issues.length ?? 0) > 0 ? targets!.issues.length + 1 : 0;
  return 4 + 1 + Math.max(plan.positions.length, 1) + 1 + (plan.excluded.length > 0 ? 1 : 0) + notes + 1;
}

function drawExcluded(canvas: Canvas, layout: SuksesiLayout, top: number, input: SuccessionReportInput): number {
  const { lang } = input;
  const { excluded } = input.succession.plan;
  const width = layout.last + 1;
  let r = top;
  canvas.set(r, 0, sPhrase("excludedTitle", lang)).merge(r, 0, 1, width).format(r, 0, 1, width, { bold: true, fontColor: TALENTA_HEADER.fill });
  r++;
  const at = layout.at;
  canvas.set(r, at.rank, phrase("no", lang)).set(r, at.nip, sPhrase("nip", lang)).set(r, at.nama, sPhrase("nama", lang));
  canvas.set(r, at.jabatan, sPhrase("jabatanSaatIni", lang)).set(r, at.unit, sPhrase("unitKerja", lang));
  canvas.set(r, at.pangkat, sPhrase("pangkat", lang)).set(r, at.kotak, term("kotak", lang));
  canvas.set(r, at.nilaiTalenta, sPhrase("reason", lang)).merge(r, at.nilaiTalenta, 1, width - at.nilaiTalenta);
  canvas.format(r, 0, 1, width, HEADER_STYLE);
  r++;
  excluded.forEach((e, i) => {
    const p = e.person;
    canvas.set(r, at.rank, i + 1).set(r, at.nip, nipOf(input, p)).set(r, at.nama, nameOf(input, p));
    canvas.set(r, at.jabatan, p.jabatan ?? null).set(r, at.unit, p.unitKerja ?? null).set(r, at.pangkat, p.pangkat ?? null);
    canvas.set(r, at.kotak, p.kotak || null);
    canvas.set(r, at.nilaiTalenta, e.reasons.map((code) => EXCLUSION_LABEL[lang][code]).join(" ")).merge(r, at.nilaiTalenta, 1, width - at.nilaiTalenta);
    canvas.format(r, 0, 1, width, BODY_STYLE).format(r, at.nip, 1, 1, { numberFormat: "@" }).format(r, at.kotak, 1, 1, { hAlign: "center" });
    canvas.format(r, at.rank, 1, 1, { hAlign: "center", numberFormat: "0" });
    r++;
  });
  return r + 1;
}

export function buildSuksesiSheet(input: SuccessionReportInput): SuksesiSheet {
  const { lang, run } = input;
  const { plan, targets } = input.succession;
  const name = SHEET_NAMES.suksesi;
  const layout = suksesiLayout(input.table.fields.preferensiKarier !== undefined);
  const width = layout.last + 1;
  const canvas = new Canvas(name, width);

  canvas.set(0, 0, sPhrase("suksesiTitle", lang)).merge(0, 0, 1, width).format(0, 0, 1, 1, { bold: true, fontSize: 14, fontColor: TALENTA_HEADER.fill });
  const source = sourceLine(run, lang, { preset: true, alsoSheet: targets?.sheet });
  canvas.set(1, 0, source).merge(1, 0, 1, width);
  canvas.set(2, 0, sPhrase("placement", lang, { date: dayText(plan.placementDays, lang) })).merge(2, 0, 1, width);
  canvas.format(1, 0, 2, 1, { fontSize: 10, fontColor: "6B6B6B" });

  // Block rows first: the summary names them.
  const blockRows: number[] = [];
  let next = headRows(input);
  let r = 4;
  canvas.set(r - 1, 0, sPhrase("summaryTitle", lang)).format(r - 1, 0, 1, 1, { bold: true, fontColor: TALENTA_HEADER.fill });
  summaryHeader(canvas, layout, r++, lang);
  if (plan.positions.length === 0) {
    canvas.set(r, 0, sPhrase("noPositions", lang)).merge(r, 0, 1, width).format(r, 0, 1, width, { italic: true, border: "thin" });
    r++;
  }
  // Row ranges of the blocks, for the page breaks (each block prints whole on a page when it can).
  const blocks: { first: number; end: number }[] = [];
  for (const p of plan.positions) {
    blockRows[p.index] = next;
    next = drawPositionBlock(canvas, layout, next, input, p);
    blocks.push({ first: blockRows[p.index], end: next - 1 });
  }
  for (const p of plan.positions) summaryRow(canvas, layout, r++, p, lang);
  const empty = plan.positions.filter((p) => p.candidates.length === 0).map((p) => p.target.position.jabatanTarget);
  canvas.set(r++, 0, empty.length > 0 ? sPhrase("noCandidatePositions", lang, { list: empty.join("; ") }) : sPhrase("everyPositionHasCandidate", lang)).merge(r - 1, 0, 1, width);
  if (plan.excluded.length > 0) {
    canvas.set(r++, 0, sPhrase(plan.excluded.length === 1 ? "excludedCountOne" : "excludedCount", lang, { n: plan.excluded.length })).merge(r - 1, 0, 1, width);
  }
  if (targets && targets.issues.length > 0) {
    canvas.set(r++, 0, sPhrase("targetIssuesTitle", lang, { sheet: targets.sheet })).format(r - 1, 0, 1, 1, { bold: true });
    for (const issue of targets.issues) {
      canvas.set(r, 0, issue.cell ?? null).set(r, 1, targetIssueText(issue.code, lang)).merge(r, 1, 1, width - 1);
      canvas.format(r, 0, 1, width, BODY_STYLE);
      r++;
    }
  }
  if (plan.excluded.length > 0) {
    const first = next;
    next = drawExcluded(canvas, layout, next, input);
    blocks.push({ first, end: next - 1 });
  }

  const block = canvas.toBlock();
  const rowHeights = [{ row: 0, height: 24 }, ...fitRowHeights(block.values, layout.widths, canvas.merges, { fromRow: 1 })];
  const heightOf = new Map(rowHeights.map((h) => [h.row, h.height]));
  const pageHeight = pageHeightPoints("landscape", fitToWidthScale(layout.widths, "landscape"));
  const layoutOut: SheetLayout = {
    columnWidths: layout.widths,
    rowHeights,
    merges: canvas.merges,
    page: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      // A position block that would straddle two pages starts on a new one: its title and column header go with
      // its candidates (one set of print titles cannot serve several tables).
      rowBreaks: blockBreaks(blocks, (r) => heightOf.get(r) ?? DEFAULT_ROW_POINTS, pageHeight),
      footer: pageFooter(name, lang),
    },
    tabColor: TALENTA_HEADER.fill,
    showGridLines: false,
  };
  return { sheet: { name, blocks: [block], layout: layoutOut, charts: [] }, blockRows };
}
