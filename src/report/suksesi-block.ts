// One key position on "Talenta - Suksesi" (RULES §8): what the position asks, who holds it and when he or she
// retires, the bench strength as a coloured cell, the ranked candidates, then the near misses and why.
import type { Lang } from "../domain/glossary";
import { todayDays } from "../domain/succession/dates";
import {
  BENCH_REASON,
  FIELD_FIT_LABEL,
  formatReason,
  golonganLabel,
  JENJANG_LABEL,
  NOT_ELIGIBLE_LABEL,
  PENDIDIKAN_LABEL,
  READINESS_LABEL,
  pangkatCode,
  type CandidateEntry,
  type NearMissEntry,
  type Person,
  type PositionPlan,
  type Readiness,
} from "../domain/succession";
import type { CellValue } from "../grid/types";
import type { Canvas } from "./canvas";
import { KOTAK_COLOURS, TALENTA_HEADER, TALENTA_LIGHT, type KotakNumber } from "./palette";
import { benchStyle, benchText, dayText, nameOf, nipOf, rulesPassedText, type SuccessionReportInput } from "./succession-input";
import { sPhrase } from "./succession-labels";
import { BODY_STYLE, HEADER_STYLE, LABEL_STYLE, VALUE_STYLE, type SuksesiLayout } from "./suksesi-layout";
import { term } from "./terms";

const READINESS_FILL: Record<Readiness, string> = { "siap-sekarang": "DFF0D8", "siap-1-2-tahun": "FFF3CD", "belum-siap": "EDEDED" };

function pangkatShown(person: Person): string | null {
  const code = pangkatCode(person.pangkat);
  return code === undefined ? (person.pangkat ?? null) : golonganLabel(code);
}

function requirementsText(plan: PositionPlan, lang: Lang): string {
  const t = plan.target;
  const parts: string[] = [];
  if (t.pangkatMinimum !== undefined) {
    const value = golonganLabel(t.pangkatMinimum);
    const key = t.pangkatMinimumSource === "eselon" ? "pangkatMinFromEselon" : t.pangkatMinimumSource === "jenjang" ? "pangkatMinFromJenjang" : "pangkatMin";
    parts.push(sPhrase(key, lang, { value, eselon: t.position.eselon ?? "" }));
  } else if (t.position.pangkatMinimal) parts.push(sPhrase("pangkatMin", lang, { value: `"${t.position.pangkatMinimal}"` }));
  if (t.pendidikanMinimum !== undefined) parts.push(sPhrase("pendidikanMin", lang, { value: PENDIDIKAN_LABEL[t.pendidikanMinimum] }));
  if (t.position.rumpun) parts.push(sPhrase("rumpun", lang, { value: t.position.rumpun }));
  parts.push(sPhrase("jumlahSuksesor", lang, { n: plan.jumlahSuksesor }));
  return parts.join("; ");
}

function positionLine(plan: PositionPlan, lang: Lang): string {
  const p = plan.target.position;
  const jenjang = plan.target.jenjang ? JENJANG_LABEL[plan.target.jenjang] : p.jenjang;
  return [jenjang, p.eselon ? `${term("eselon", lang)} ${p.eselon}` : undefined, p.unitKerja].filter(Boolean).join(" · ");
}

/**
 * "BUP 58 tahun: pensiun 1 Juni 2027"; a pensiun date on or before the run's day is already past:
 * "BUP 58 tahun: sudah pensiun 1 November 2026 (sudah melewati BUP)". Undefined without a date or an age.
 */
export function incumbentBupText(input: SuccessionReportInput, plan: PositionPlan): string | undefined {
  const inc = plan.incumbent;
  const age = plan.target.bupAge;
  if (inc?.bupDays === undefined || age === undefined) return undefined;
  const past = inc.bupDays <= todayDays(input.run.at);
  return sPhrase(past ? "pemangkuPastBup" : "pemangkuBup", input.lang, { age, date: dayText(inc.bupDays, input.lang) });
}

function incumbentText(input: SuccessionReportInput, plan: PositionPlan, lang: Lang): string {
  const inc = plan.incumbent;
  if (!inc) return sPhrase("noPemangku", lang);
  if (!inc.person) return sPhrase("pemangkuNotFound", lang, { nip: inc.nip });
  const who = `${nameOf(input, inc.person)} (NIP ${inc.nip})`;
  return `${who} · ${incumbentBupText(input, plan) ?? sPhrase("pemangkuBupUnknown", lang)}`;
}

function personCells(input: SuccessionReportInput, layout: SuksesiLayout, row: CellValue[], person: Person): void {
  const at = layout.at;
  row[at.nip] = nipOf(input, person);
  row[at.nama] = nameOf(input, person);
  row[at.jabatan] = person.jabatan ?? null;
  row[at.unit] = person.unitKerja ?? null;
  row[at.pangkat] = pangkatShown(person);
  row[at.kotak] = person.kotak || null;
  row[at.nilaiTalenta] = person.nilaiTalenta ?? null;
  row[at.jpm] = person.jpm ?? null;
  if (at.preferensi >= 0) row[at.preferensi] = person.preferensiKarier ?? null;
}

function drawPersonFormats(canvas: Canvas, layout: SuksesiLayout, r: number, person: Person, readiness: Readiness | undefined): void {
  const at = layout.at;
  canvas.format(r, 0, 1, layout.last + 1, BODY_STYLE);
  canvas.format(r, at.nip, 1, 1, { numberFormat: "@" });
  canvas.format(r, at.rank, 1, 1, { hAlign: "center", numberFormat: "0" });
  canvas.format(r, at.nilaiTalenta, 1, 2, { numberFormat: "0.00", hAlign: "right" });
  // Centred, so the right-aligned JPM beside it never runs into the label ("89.60Siap Sekarang").
  canvas.format(r, at.readiness, 1, 1, { hAlign: "center" });
  if (person.kotak >= 1) {
    const colours = KOTAK_COLOURS[person.kotak as KotakNumber];
    canvas.format(r, at.kotak, 1, 1, { fill: colours.fill, fontColor: colours.font, bold: true, hAlign: "center", numberFormat: "0" });
  }
  if (readiness) canvas.format(r, at.readiness, 1, 1, { fill: READINESS_FILL[readiness] });
}

function candidateRow(input: SuccessionReportInput, layout: SuksesiLayout, c: CandidateEntry, lang: Lang): CellValue[] {
  const row = new Array<CellValue>(layout.last + 1).fill(null);
  personCells(input, layout, row, c.person);
  const at = layout.at;
  row[at.rank] = c.rank;
  row[at.readiness] = READINESS_LABEL[lang][c.readiness];
  row[at.fieldFit] = FIELD_FIT_LABEL[lang][c.fieldFit.fit];
  row[at.rules] = rulesPassedText(c.rules, lang);
  row[at.count] = c.positionCount;
  return row;
}

function nearMissRow(input: SuccessionReportInput, layout: SuksesiLayout, m: NearMissEntry, lang: Lang): CellValue[] {
  const row = new Array<CellValue>(layout.last + 1).fill(null);
  personCells(input, layout, row, m.person);
  const at = layout.at;
  if (at.preferensi >= 0) row[at.preferensi] = null;
  // RULES §8: Belum Siap only when every failure is time-based; otherwise say so, never an empty cell.
  row[at.readiness] = m.readiness ? READINESS_LABEL[lang][m.readiness] : NOT_ELIGIBLE_LABEL[lang];
  row[at.fieldFit] = m.reasons.map((r) => formatReason(r.reason, lang)).join(" ");
  return row;
}

/** Column titles of the candidate table. */
export function candidateHeader(layout: SuksesiLayout, lang: Lang): string[] {
  const titles: Record<string, string> = {
    rank: sPhrase("rank", lang),
    nip: sPhrase("nip", lang),
    nama: sPhrase("nama", lang),
    jabatan: sPhrase("jabatanSaatIni", lang),
    unit: sPhrase("unitKerja", lang),
    pangkat: sPhrase("pangkat", lang),
    kotak: term("kotak", lang),
    nilaiTalenta: term("nilaiTalenta", lang),
    jpm: term("jpm", lang),
    readiness: sPhrase("readiness", lang),
    fieldFit: sPhrase("fieldFit", lang),
    rules: sPhrase("rulesPassed", lang),
    count: sPhrase("positionCount", lang),
    preferensi: sPhrase("preferensi", lang),
  };
  return layout.columns.map((c, i) => brokenAtWords(titles[c], layout.widths[i].width));
}

/**
 * A title broken into lines at word ends where the column is too narrow for two words ("Job Person Match" in a
 * JPM column), so the row height counted from the text's lines is the height the wrapped title needs.
 */
function brokenAtWords(title: string, width: number): string {
  const lines: string[] = [];
  for (const word of title.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join("\n");
}

function labelled(canvas: Canvas, layout: SuksesiLayout, r: number, label: string, value: string): void {
  canvas.set(r, 0, label).merge(r, 0, 1, 2).format(r, 0, 1, 2, LABEL_STYLE);
  canvas.set(r, 2, value).merge(r, 2, 1, layout.last - 1).format(r, 2, 1, layout.last - 1, VALUE_STYLE);
}

/** Draws the block from sheet row `top`; returns the first free row after it (one blank row included). */
export function drawPositionBlock(canvas: Canvas, layout: SuksesiLayout, top: number, input: SuccessionReportInput, plan: PositionPlan): number {
  const { lang } = input;
  const width = layout.last + 1;
  let r = top;
  canvas.set(r, 0, `${plan.index + 1}. ${plan.target.position.jabatanTarget}`).merge(r, 0, 1, width);
  canvas.format(r, 0, 1, width, { bold: true, fontSize: 12, fill: TALENTA_HEADER.fill, fontColor: TALENTA_HEADER.font });
  r++;
  labelled(canvas, layout, r++, sPhrase("jenjang", lang), positionLine(plan, lang));
  labelled(canvas, layout, r++, sPhrase("requirements", lang), requirementsText(plan, lang));
  labelled(canvas, layout, r++, sPhrase("pemangku", lang), incumbentText(input, plan, lang));
  canvas.set(r, 0, sPhrase("bench", lang)).merge(r, 0, 1, 2).format(r, 0, 1, 2, LABEL_STYLE);
  canvas.set(r, 2, benchText(plan.bench.strength, lang)).format(r, 2, 1, 1, benchStyle(plan.bench.strength));
  // The bench counts every candidate (RULES §8), also those below the list: say how many there are.
  const counts = plan.eligibleCount > 0 ? ` ${sPhrase("benchCounts", lang, { n: plan.eligibleCount, siap: plan.siapSekarangCount })}` : "";
  const benchNote = `${BENCH_REASON[lang][plan.bench.reason]}${counts}`;
  canvas.set(r, 3, benchNote).merge(r, 3, 1, layout.last - 2).format(r, 3, 1, layout.last - 2, VALUE_STYLE);
  r++;

  canvas.setRow(r, candidateHeader(layout, lang)).format(r, 0, 1, width, HEADER_STYLE);
  r++;
  if (plan.candidates.length === 0) {
    canvas.set(r, 0, BENCH_REASON[lang]["no-candidates"]).merge(r, 0, 1, width).format(r, 0, 1, width, { italic: true, border: "thin" });
    r++;
  }
  for (const c of plan.candidates) {
    canvas.setRow(r, candidateRow(input, layout, c, lang));
    drawPersonFormats(canvas, layout, r, c.person, c.readiness);
    r++;
  }

  canvas.set(r, 0, sPhrase("nearMisses", lang)).merge(r, 0, 1, width).format(r, 0, 1, width, { bold: true, italic: true, fill: TALENTA_LIGHT });
  r++;
  if (plan.nearMisses.length === 0) {
    canvas.set(r, 0, sPhrase("noNearMisses", lang)).merge(r, 0, 1, width).format(r, 0, 1, width, { italic: true, border: "thin" });
    r++;
  }
  const reasonCols = layout.last - layout.at.fieldFit + 1;
  for (const m of plan.nearMisses) {
    canvas.setRow(r, nearMissRow(input, layout, m, lang));
    drawPersonFormats(canvas, layout, r, m.person, m.readiness);
    canvas.merge(r, layout.at.fieldFit, 1, reasonCols);
    r++;
  }
  return r + 1;
}
