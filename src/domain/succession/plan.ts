// RULES §8: key positions × talent pool → ranked successors, readiness, near misses and bench strength.
import { addYears, bupDate } from "./age";
import { benchStrength, type Bench } from "./bench";
import { resolvePlacementDate, type SuccessionConfig } from "./config";
import { toIsoDate, todayDays } from "./dates";
import { fieldFit, type FieldFitResult } from "./field-fit";
import { candidateProfile, targetProfile } from "./profile";
import { compareCandidates } from "./ranking";
import { readinessOf } from "./readiness";
import { evaluateRules, notPassed } from "./rules";
import type { IssueCode } from "../issues";
import type { CandidateProfile, KeyPosition, Person, RankedPerson, Readiness, RuleResult, TargetProfile } from "./types";

export type ExclusionCode = Extract<IssueCode, "nip-missing" | "nip-invalid" | "nip-duplicate" | "nip-stored-as-number">;

export interface CandidateEntry extends RankedPerson {
  /** 1-based place in the position's list. */
  rank: number;
  readiness: Readiness;
  /** In how many positions' lists this person appears (RULES §8: shown per candidate). */
  positionCount: number;
}

export interface NearMissEntry extends RankedPerson {
  /** The rules not passed, in rule order. */
  reasons: RuleResult[];
  /** "belum-siap" when every failure is time-based. */
  readiness?: "belum-siap";
}

export interface Incumbent {
  nip: string;
  /** Undefined when no row has that NIP. */
  person?: Person;
  /** Pensiun date at the target's BUP, days since 1970-01-01. */
  bupDays?: number;
  /** Pensiun starts on or before today + 1 year; "unknown" without a birth date or a person. */
  bupWithinYear: boolean | "unknown";
}

export interface PositionPlan {
  /** Index in the positions given. */
  index: number;
  target: TargetProfile;
  jumlahSuksesor: number;
  incumbent?: Incumbent;
  /** Pool members passing every rule, before the cut to Jumlah Suksesor. */
  eligibleCount: number;
  candidates: CandidateEntry[];
  nearMisses: NearMissEntry[];
  bench: Bench;
}

export interface ExcludedPerson {
  person: Person;
  reasons: ExclusionCode[];
}

export interface SuccessionPlan {
  placementDays: number;
  /** yyyy-mm-dd */
  placementDate: string;
  positions: PositionPlan[];
  /** Pool members left out of every list because their NIP cannot identify them (RULES §6). */
  excluded: ExcludedPerson[];
}

export interface PlanOptions {
  today: Date;
  /** The talent-pool boxes of the main configuration (RULES §1: 7, 8, 9). */
  poolBoxes: readonly number[];
}

/** Spaces, dots and a leading apostrophe are not part of a NIP (RULES §6). */
export function normalizeNipText(text: string): string {
  return text.trim().replace(/^'/, "").replace(/[\s.]/g, "");
}

function exclusionReasons(p: Person): ExclusionCode[] {
  const reasons: ExclusionCode[] = [];
  if (p.nipStoredAsNumber) reasons.push("nip-stored-as-number");
  if (p.nipInvalid) reasons.push("nip-invalid");
  if (p.nipDuplicate) reasons.push("nip-duplicate");
  if (reasons.length === 0 && (p.nip === undefined || p.nip === "")) reasons.push("nip-missing");
  return reasons;
}

function findIncumbent(position: KeyPosition, target: TargetProfile, people: readonly Person[], today: number): Incumbent | undefined {
  if (position.pemangkuNip === undefined || normalizeNipText(position.pemangkuNip) === "") return undefined;
  const nip = normalizeNipText(position.pemangkuNip);
  const person = people.find((p) => p.nip === nip && !p.nipStoredAsNumber);
  const birth = person?.birthDays;
  if (person === undefined || birth === undefined || !Number.isFinite(birth) || target.bupAge === undefined) {
    return { nip, person, bupWithinYear: "unknown" };
  }
  const bupDays = bupDate(birth, target.bupAge);
  return { nip, person, bupDays, bupWithinYear: bupDays <= addYears(today, 1) };
}

function jumlahSuksesorOf(position: KeyPosition, config: SuccessionConfig): number {
  const n = position.jumlahSuksesor;
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : config.defaultJumlahSuksesor;
}

// Near misses: fewest unmet rules first, Belum Siap before the others, then the candidate order.
function compareNearMisses(a: NearMissEntry, b: NearMissEntry): number {
  return (
    a.reasons.length - b.reasons.length ||
    (a.readiness ? 0 : 1) - (b.readiness ? 0 : 1) ||
    compareCandidates(a, b)
  );
}

interface Evaluated extends RankedPerson {
  readiness: Readiness | undefined;
}

function evaluatePosition(
  target: TargetProfile,
  pool: readonly CandidateProfile[],
  incumbentNip: string | undefined,
  config: SuccessionConfig,
  placementDays: number,
): { eligible: Evaluated[]; nearMisses: NearMissEntry[] } {
  const eligible: Evaluated[] = [];
  const nearMisses: NearMissEntry[] = [];
  for (const profile of pool) {
    if (incumbentNip !== undefined && profile.person.nip === incumbentNip) continue;
    const rules = evaluateRules(profile, target, { config, placementDays });
    const fit: FieldFitResult = fieldFit(target.position.rumpun, profile.person.jurusan, config.bidangToRumpun);
    const readiness = readinessOf(profile.person, rules, config);
    const ranked = { person: profile.person, fieldFit: fit, pangkat: profile.pangkat, rules };
    if (readiness === "siap-sekarang" || readiness === "siap-1-2-tahun") {
      eligible.push({ ...ranked, readiness });
      continue;
    }
    // Someone above the target's level is never its successor; listing them as a near miss is noise.
    if (rules.some((r) => r.reason.code === "jenjang-above-target")) continue;
    const entry: NearMissEntry = { ...ranked, reasons: notPassed(rules) };
    if (readiness === "belum-siap") entry.readiness = readiness;
    nearMisses.push(entry);
  }
  eligible.sort(compareCandidates);
  nearMisses.sort(compareNearMisses);
  return { eligible, nearMisses: nearMisses.slice(0, config.nearMisses) };
}

export function planSuccession(
  people: readonly Person[],
  positions: readonly KeyPosition[],
  config: SuccessionConfig,
  options: PlanOptions,
): SuccessionPlan {
  const placementDays = resolvePlacementDate(config, options.today);
  const today = todayDays(options.today);
  const inPool = people.filter((p) => p.kotak >= 1 && p.kotak <= 9 && options.poolBoxes.includes(p.kotak));
  const excluded: ExcludedPerson[] = [];
  const pool: CandidateProfile[] = [];
  for (const person of inPool) {
    const reasons = exclusionReasons(person);
    if (reasons.length > 0) excluded.push({ person, reasons });
    else pool.push(candidateProfile(person));
  }

  const plans: PositionPlan[] = positions.map((position, index) => {
    const target = targetProfile(position, config);
    const jumlahSuksesor = jumlahSuksesorOf(position, config);
    const incumbent = findIncumbent(position, target, people, today);
    const { eligible, nearMisses } = evaluatePosition(target, pool, incumbent?.nip, config, placementDays);
    const candidates: CandidateEntry[] = eligible
      .slice(0, jumlahSuksesor)
      .map((e, i) => ({ ...e, readiness: e.readiness!, rank: i + 1, positionCount: 0 }));
    const bench = benchStrength(candidates, jumlahSuksesor, incumbent?.bupWithinYear === true);
    const plan: PositionPlan = { index, target, jumlahSuksesor, eligibleCount: eligible.length, candidates, nearMisses, bench };
    if (incumbent !== undefined) plan.incumbent = incumbent;
    return plan;
  });

  const counts = new Map<number, number>();
  for (const plan of plans) for (const c of plan.candidates) counts.set(c.person.record, (counts.get(c.person.record) ?? 0) + 1);
  for (const plan of plans) for (const c of plan.candidates) c.positionCount = counts.get(c.person.record)!;

  return { placementDays, placementDate: toIsoDate(placementDays), positions: plans, excluded };
}
