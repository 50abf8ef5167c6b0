// What the succession sheets take, and the small pieces they share: dates in words, bench colours,
// the person's NIP as the user typed it, the rules a candidate passed.
import type { Lang } from "../domain/glossary";
import {
  BENCH_LABEL,
  RULE_LABEL,
  type BenchStrength,
  type JabatanTargetIssue,
  type Person,
  type RuleResult,
  type SuccessionPlan,
} from "../domain/succession";
import type { CellStyle } from "../grid/types";
import { KOTAK_COLOURS } from "./palette";
import { userText } from "./person";
import { sPhrase } from "./succession-labels";
import type { ReportInput } from "./types";

export interface SuccessionData {
  plan: SuccessionPlan;
  /**
   * Index = record. Holds at least every talent-pool member (the Talent Pool sheet lists them); app/ fills only
   * the records planning reads, so the other entries may be empty.
   */
  people: readonly (Person | undefined)[];
  /** The Jabatan Target sheet as read; undefined when the workbook has none. */
  targets?: { sheet: string; sheetRows: readonly number[]; issues: readonly JabatanTargetIssue[] };
}

export interface SuccessionReportInput extends ReportInput {
  succession: SuccessionData;
}

export { dayText } from "../domain/date-words";

/** Hijau / Kuning / Merah cells use the nine-box greens, yellows and reds (palette.ts). */
export const BENCH_FILL: Readonly<Record<BenchStrength, string>> = {
  hijau: KOTAK_COLOURS[7].fill,
  kuning: KOTAK_COLOURS[4].fill,
  merah: KOTAK_COLOURS[1].fill,
};

export function benchStyle(strength: BenchStrength): CellStyle {
  return { fill: BENCH_FILL[strength], bold: true, hAlign: "center", vAlign: "center", border: "thin" };
}

export function benchText(strength: BenchStrength, lang: Lang): string {
  return BENCH_LABEL[lang][strength];
}

/** The NIP as validated, else as the user typed it (an invalid NIP is shown so it can be found and fixed). */
export function nipOf(input: ReportInput, person: Person): string | null {
  return person.nip ?? userText(input.table, "nip", person.record);
}

/**
 * The rules a candidate passed, by name: "Pangkat, Pendidikan, Jenjang (rotasi), Usia, BUP, Hukuman Disiplin".
 * A rule with nothing to check (no minimum, the age limit outside JPT Pratama) is not named.
 */
export function rulesPassedText(rules: readonly RuleResult[], lang: Lang): string {
  const skipped = new Set(["pangkat-no-minimum", "pendidikan-no-minimum", "usia-not-applicable"]);
  return rules
    .filter((r) => r.pass === true && !skipped.has(r.reason.code))
    .map((r) => (r.reason.code === "jenjang-rotation" ? `${RULE_LABEL[lang][r.rule]} (${sPhrase("rotasi", lang)})` : RULE_LABEL[lang][r.rule]))
    .join(", ");
}

/** "Nama", falling back on the NIP, then on the sheet row. */
export function nameOf(input: ReportInput, person: Person): string {
  return person.nama ?? nipOf(input, person) ?? `#${input.table.sheetRows[person.record] + 1}`;
}
