// "Talenta - Ringkasan": the leadership summary on ONE A4 landscape page — the nine boxes as a coloured 3×3
// grid (RULES §1 orientation, Kotak 9 palette), key figures (pool against key positions, bench strength,
// the Indeks Sistem Merit with its category, the rows read and not classified), the top candidates of the key
// positions (Merah and Kuning first, each with why), and the signature block of reference §8.4.
import { LEVEL_LABELS, SHEET_NAMES, type Lang } from "../domain/glossary";
import { levelsOfKotak } from "../domain/ninebox";
import { BENCH_REASON, meritIndexCategory, READINESS_LABEL, type BenchStrength, type PositionPlan } from "../domain/succession";
import type { SheetLayout } from "../grid/types";
import { Canvas } from "./canvas";
import { KOTAK_COLOURS, KOTAK_NUMBERS, MUTED_FONT, TALENTA_HEADER, TALENTA_LIGHT, WARNING_FILL } from "./palette";
import { boxCountText, boxesText, phrase } from "./report-labels";
import type { RunCounts } from "./run-counts";
import { countRun, issuesByRow } from "./run-counts";
import { drawSignature, signatureLines } from "./signature-block";
import { sourceLine } from "./source-line";
import { BENCH_FILL, benchStyle, benchText, nameOf, nipOf, type SuccessionReportInput } from "./succession-input";
import { sPhrase } from "./succession-labels";
import { incumbentBupText } from "./suksesi-block";
import { pageFooter } from "./print-pages";
import { HEADER_STYLE } from "./suksesi-layout";
import { term } from "./terms";
import { lineUnits, widthForWords, wrappedLines } from "./text-measure";
import type { OwnedSheet } from "./types";

export const RINGKASAN_COL = { axis: 0, level: 1, box: 2, spacer: 5, label: 6, value: 7, note: 8, last: 8 } as const;
const WIDTHS = [9, 15, 19, 19, 19, 2, 36, 12, 24];
/** Font size (points) of the top-candidates table. */
const CANDIDATE_FONT = 9;
const GRID_TOP = 4;
/** Each kinerja level takes two rows: the box title and its count. */
const BOX_ROWS = 2;
/** Key figures: GRID_TOP + FIGURE_ROWS rows, then the merit index and its note; the candidates start below. */
const FIGURE_ROWS = 10;
const CANDIDATES_TOP = GRID_TOP + FIGURE_ROWS + 3;
/** Points of sheet the candidate list may take so the page, signature included, stays one A4 page at a readable scale. */
const CANDIDATE_BUDGET = 265;
/** Three lines of 9-point text (name, NIP, box and readiness); a name that wraps takes a line more per line. */
const POSITION_HEIGHT = 40;
const LINE_HEIGHT = 11;
const REASON_HEIGHT = 14;
const C = RINGKASAN_COL;
const WIDTH = C.last + 1;

function drawGrid(canvas: Canvas, input: SuccessionReportInput, perKotak: number[], classified: number): void {
  const { lang } = input;
  canvas.set(GRID_TOP - 1, C.axis, sPhrase("gridTitle", lang)).merge(GRID_TOP - 1, C.axis, 1, C.spacer);
  canvas.format(GRID_TOP - 1, C.axis, 1, 1, { bold: true, fontColor: TALENTA_HEADER.fill });
  const axis = { bold: true, hAlign: "center", vAlign: "center", wrap: true, fill: TALENTA_LIGHT, border: "thin" } as const;
  canvas.set(GRID_TOP, C.axis, term("kinerja", lang)).merge(GRID_TOP, C.axis, 3 * BOX_ROWS, 1).format(GRID_TOP, C.axis, 3 * BOX_ROWS, 1, axis);
  for (const level of [3, 2, 1] as const) {
    const top = GRID_TOP + (3 - level) * BOX_ROWS;
    canvas.set(top, C.level, LEVEL_LABELS.kinerja[level][lang]).merge(top, C.level, BOX_ROWS, 1);
    canvas.set(GRID_TOP + 3 * BOX_ROWS, C.box + level - 1, LEVEL_LABELS.potensial[level][lang]);
  }
  canvas.format(GRID_TOP, C.level, 3 * BOX_ROWS, 1, { ...axis, fontSize: 9 });
  canvas.format(GRID_TOP + 3 * BOX_ROWS, C.box, 1, 3, { ...axis, fontSize: 9 });
  const titleRow = GRID_TOP + 3 * BOX_ROWS + 1;
  canvas.set(titleRow, C.box, term("potensial", lang)).merge(titleRow, C.box, 1, 3).format(titleRow, C.box, 1, 3, axis);
  for (const k of KOTAK_NUMBERS) {
    const { kinerja, potensial } = levelsOfKotak(k);
    const top = GRID_TOP + (3 - kinerja) * BOX_ROWS;
    const col = C.box + potensial - 1;
    const count = perKotak[k];
    canvas.set(top, col, `${term("kotak", lang)} ${k}`);
    canvas.set(top + 1, col, boxCountText(count, classified, lang));
    const colours = KOTAK_COLOURS[k];
    canvas.format(top, col, BOX_ROWS, 1, { fill: colours.fill, fontColor: colours.font, hAlign: "center", border: "medium" });
    canvas.format(top, col, 1, 1, { bold: true, fontSize: 10, vAlign: "bottom" });
    canvas.format(top + 1, col, 1, 1, { bold: true, fontSize: 12, vAlign: "top" });
  }
}

function drawFigures(canvas: Canvas, input: SuccessionReportInput, counts: RunCounts): number {
  const { lang, config } = input;
  const { plan, targets } = input.succession;
  const { perKotak, classified } = counts;
  const inBoxes = (boxes: readonly number[]) => boxes.reduce((s, k) => s + (perKotak[k] ?? 0), 0);
  const pool = inBoxes(config.pool.instansi);
  const positions = plan.positions.length;
  // Without a Jabatan Target sheet there is no plan: "—", not a bench of 0/0/0.
  const none = "—";
  const bench = (s: BenchStrength) => (targets ? plan.positions.filter((p) => p.bench.strength === s).length : none);
  canvas.set(GRID_TOP - 1, C.label, sPhrase("keyFigures", lang)).merge(GRID_TOP - 1, C.label, 1, 3);
  canvas.format(GRID_TOP - 1, C.label, 1, 1, { bold: true, fontColor: TALENTA_HEADER.fill });
  // The leader sees that some people are missing: rows read and not classified stand beside the classified.
  const missing = counts.notClassified > 0 ? sPhrase("seeValidasi", lang, { sheet: SHEET_NAMES.validasi }) : null;
  const rows: [label: string, value: string | number | null, note: string | null][] = [
    [phrase("rowsRead", lang), counts.rows, null],
    [sPhrase("classified", lang), classified, null],
    [phrase("notClassified", lang), counts.notClassified, missing],
    [sPhrase("poolInstansi", lang, { boxes: boxesText(config.pool.instansi, lang) }), pool, null],
    [sPhrase("poolNasional", lang, { boxes: boxesText(config.pool.nasional, lang) }), inBoxes(config.pool.nasional), null],
    [sPhrase("positions", lang), targets ? positions : none, targets ? null : sPhrase("noTargetsSheet", lang)],
    [sPhrase("poolPerPosition", lang), positions > 0 ? pool / positions : none, null],
    [sPhrase("benchCount", lang, { bench: benchText("hijau", lang) }), bench("hijau"), null],
    [sPhrase("benchCount", lang, { bench: benchText("kuning", lang) }), bench("kuning"), null],
    [sPhrase("benchCount", lang, { bench: benchText("merah", lang) }), bench("merah"), null],
  ];
  const at = (label: string) => GRID_TOP + rows.findIndex(([l]) => l === label);
  rows.forEach(([label, value, note], i) => {
    const r = GRID_TOP + i;
    canvas.set(r, C.label, label).set(r, C.value, value).set(r, C.note, note);
  });
  canvas.format(GRID_TOP, C.label, rows.length, 3, { border: "thin", vAlign: "center", fontSize: 10 });
  canvas.format(GRID_TOP, C.value, rows.length, 1, { numberFormat: "0", hAlign: "center", bold: true });
  canvas.format(GRID_TOP, C.note, rows.length, 1, { wrap: true, fontSize: 8, fontColor: MUTED_FONT });
  if (counts.notClassified > 0) canvas.format(at(phrase("notClassified", lang)), C.label, 1, 2, { fill: WARNING_FILL, bold: true });
  canvas.format(at(sPhrase("poolPerPosition", lang)), C.value, 1, 1, { numberFormat: "0.0" });
  (["hijau", "kuning", "merah"] as const).forEach((s, i) => canvas.format(GRID_TOP + rows.length - 3 + i, C.label, 1, 1, { fill: BENCH_FILL[s] }));

  const m = GRID_TOP + rows.length;
  canvas.set(m, C.label, sPhrase("merit", lang));
  const score = config.meritIndex;
  const category = score === undefined ? undefined : meritIndexCategory(score);
  canvas.set(m, C.value, category ? sPhrase("meritCategory", lang, { score: lang === "id" ? String(score).replace(".", ",") : score!, roman: category.roman, label: category.label }) : sPhrase("meritUnknown", lang));
  canvas.merge(m, C.value, 1, 2).format(m, C.label, 1, 3, { border: "thin", bold: true, fontSize: 10 });
  if (category) {
    canvas.set(m + 1, C.label, sPhrase(category.belowSangatBaik ? "meritBelow" : "meritOk", lang)).merge(m + 1, C.label, 1, 3);
    canvas.format(m + 1, C.label, 1, 3, { wrap: true, vAlign: "top", fontSize: 10, bold: category.belowSangatBaik, border: "thin", ...(category.belowSangatBaik ? { fill: WARNING_FILL } : {}) });
  }
  return m + 1;
}

function candidateText(input: SuccessionReportInput, plan: PositionPlan, n: number): string | null {
  const c = plan.candidates[n];
  if (!c) return n === 0 ? "—" : null;
  return `${nameOf(input, c.person)}\nNIP ${nipOf(input, c.person) ?? "—"} · ${term("kotak", input.lang)} ${c.person.kotak} · ${READINESS_LABEL[input.lang][c.readiness]}`;
}

/** Widths of the three candidate cells: columns 3 and 4, and 5 merged with 6. */
const CANDIDATE_WIDTHS = [WIDTHS[3], WIDTHS[4], WIDTHS[5] + WIDTHS[6]];

/** Three lines for a one-line name; a name that wraps (long, or in capitals) gets the lines it takes. */
function rowHeight(input: SuccessionReportInput, p: PositionPlan): number {
  const nameLines = p.candidates.slice(0, 3).map((c, i) => wrappedLines(nameOf(input, c.person), lineUnits(CANDIDATE_WIDTHS[i], CANDIDATE_FONT)));
  return POSITION_HEIGHT + (Math.max(1, ...nameLines) - 1) * LINE_HEIGHT;
}

const BENCH_ORDER: Record<BenchStrength, number> = { merah: 0, kuning: 1, hijau: 2 };

/**
 * Every key position with its top three candidates: Merah and Kuning first (in sheet order), each with why on a
 * line of its own, then Hijau; as many as fit the page, then a line saying how many more the Suksesi sheet holds.
 * Returns the next free row.
 */
function drawTopCandidates(canvas: Canvas, input: SuccessionReportInput, heights: { row: number; height: number }[]): number {
  const { lang } = input;
  const { plan, targets } = input.succession;
  let r = CANDIDATES_TOP;
  canvas.set(r, 0, sPhrase("topCandidates", lang)).merge(r, 0, 1, WIDTH).format(r, 0, 1, 1, { bold: true, fontColor: TALENTA_HEADER.fill });
  r++;
  if (!targets || plan.positions.length === 0) {
    canvas.set(r, 0, sPhrase(targets ? "noPositions" : "noTargetsSheet", lang)).merge(r, 0, 1, WIDTH).format(r, 0, 1, 1, { italic: true });
    return r + 2;
  }
  canvas.set(r, 0, sPhrase("jabatanTarget", lang)).merge(r, 0, 1, 2).set(r, 2, sPhrase("bench", lang));
  canvas.set(r, 3, sPhrase("candidateN", lang, { n: 1 })).set(r, 4, sPhrase("candidateN", lang, { n: 2 }));
  canvas.set(r, 5, sPhrase("candidateN", lang, { n: 3 })).merge(r, 5, 1, 2).set(r, 7, sPhrase("pemangku", lang)).merge(r, 7, 1, 2);
  canvas.format(r, 0, 1, WIDTH, HEADER_STYLE);
  r++;
  const ordered = [...plan.positions].sort((a, b) => BENCH_ORDER[a.bench.strength] - BENCH_ORDER[b.bench.strength] || a.index - b.index);
  const heightOf = (p: PositionPlan) => rowHeight(input, p) + (p.bench.strength === "hijau" ? 0 : REASON_HEIGHT);
  let used = 0;
  let shown = 0;
  while (shown < ordered.length) {
    const need = heightOf(ordered[shown]);
    // Keep one line for "… and n more" when something is left out.
    const rest = shown + 1 < ordered.length ? REASON_HEIGHT : 0;
    if (shown > 0 && used + need + rest > CANDIDATE_BUDGET) break;
    used += need;
    shown++;
  }
  for (const p of ordered.slice(0, shown)) {
    const inc = p.incumbent;
    const bup = incumbentBupText(input, p);
    const incumbent = !inc ? "—" : inc.person ? `${nameOf(input, inc.person)}${bup ? `\n${bup}` : ""}` : sPhrase("pemangkuNotFound", lang, { nip: inc.nip });
    const withReason = p.bench.strength !== "hijau";
    canvas.set(r, 0, p.target.position.jabatanTarget).merge(r, 0, withReason ? 2 : 1, 2).set(r, 2, benchText(p.bench.strength, lang));
    canvas.set(r, 3, candidateText(input, p, 0)).set(r, 4, candidateText(input, p, 1));
    canvas.set(r, 5, candidateText(input, p, 2)).merge(r, 5, 1, 2).set(r, 7, incumbent).merge(r, 7, 1, 2);
    canvas.format(r, 0, withReason ? 2 : 1, WIDTH, { wrap: true, vAlign: "top", fontSize: CANDIDATE_FONT, border: "thin" });
    canvas.format(r, 2, 1, 1, benchStyle(p.bench.strength));
    heights.push({ row: r, height: rowHeight(input, p) });
    r++;
    if (withReason) {
      // Why the bench is Merah or Kuning, in one line under the position (RULES §8 bench strength).
      canvas.set(r, 2, BENCH_REASON[lang][p.bench.reason]).merge(r, 2, 1, WIDTH - 2);
      canvas.format(r, 2, 1, WIDTH - 2, { italic: true, wrap: false, vAlign: "center" });
      canvas.format(r, 2, 1, 1, { fill: BENCH_FILL[p.bench.strength] });
      heights.push({ row: r, height: REASON_HEIGHT });
      r++;
    }
  }
  const left = ordered.slice(shown);
  if (left.length > 0) {
    const benches = (["merah", "kuning", "hijau"] as const)
      .map((s) => [s, left.filter((p) => p.bench.strength === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${benchText(s, lang)}`)
      .join(", ");
    canvas.set(r, 0, sPhrase("moreTop", lang, { n: left.length, benches, sheet: SHEET_NAMES.suksesi })).merge(r, 0, 1, WIDTH);
    canvas.format(r, 0, 1, 1, { italic: true, fontSize: 9 });
    r++;
  }
  return r + 1;
}

/** The column widths; the bold kinerja axis title keeps its word whole in either language ("Performance"). */
function columnWidths(lang: Lang): { col: number; width: number }[] {
  return WIDTHS.map((width, col) => ({ col, width: col === C.axis ? Math.max(width, widthForWords(term("kinerja", lang), { bold: true })) : width }));
}

export function buildRingkasanSheet(input: SuccessionReportInput): OwnedSheet {
  const { lang, run, classification: c } = input;
  const name = SHEET_NAMES.ringkasan;
  const canvas = new Canvas(name, WIDTH);
  const counts = countRun(c, issuesByRow(c.issues, c.kotak.length));

  canvas.set(0, 0, sPhrase("ringkasanTitle", lang)).merge(0, 0, 1, WIDTH).format(0, 0, 1, 1, { bold: true, fontSize: 16, fontColor: TALENTA_HEADER.fill });
  const source = sourceLine(run, lang, { preset: true });
  canvas.set(1, 0, source).merge(1, 0, 1, WIDTH).format(1, 0, 1, 1, { fontSize: 10, fontColor: MUTED_FONT });

  drawGrid(canvas, input, counts.perKotak, counts.classified);
  const meritNote = drawFigures(canvas, input, counts);
  const heights: { row: number; height: number }[] = [{ row: 0, height: 26 }];
  for (let r = GRID_TOP; r < GRID_TOP + 3 * BOX_ROWS; r++) heights.push({ row: r, height: 21 });
  heights.push({ row: meritNote, height: 30 });
  const next = drawTopCandidates(canvas, input, heights);
  const end = drawSignature(canvas, next, C.label, 3, signatureLines(input.config.signer, run.at, lang));
  heights.push({ row: next + 1, height: 30 });

  const layout: SheetLayout = {
    columnWidths: columnWidths(lang),
    rowHeights: heights,
    merges: canvas.merges,
    page: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 1,
      printArea: { row: 0, col: 0, rows: end, cols: WIDTH },
      footer: pageFooter(name, lang),
    },
    tabColor: TALENTA_HEADER.fill,
    showGridLines: false,
  };
  return { name, blocks: [canvas.toBlock()], layout, charts: [] };
}

