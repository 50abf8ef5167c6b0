// RULES §8: key positions × talent pool → ranked successors, readiness, near misses and bench strength.
import { benchStrength, type Bench } from "./bench";
import { resolvePlacementDate, type SuccessionConfig } from "./config";
import { toIsoDate, todayDays } from "./dates";
import { fieldFit, type FieldFitResult } from "./field-fit";
import { candidateProfile, targetProfile, targetRuleKey } from "./profile";
import { compareCandidates, keepBest } from "./ranking";
import { readinessOf } from "./readiness";
import { evaluateRules, notPassed } from "./rules";
import { exclusionReasons, type ExcludedPerson } from "./exclusion";
import { findIncumbent, type Incumbent } from "./incumbent";
import type {
  CandidateProfile,
  KeyPosition,
  Person,
  RankedPerson,
  Readiness,
  RuleContext,
  RuleResult,
  TargetProfile,
} from "./types";

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

export interface PositionPlan {
  /** Index in the positions given. */
  index: number;
  target: TargetProfile;
  jumlahSuksesor: number;
  incumbent?: Incumbent;
  /** Pool members passing every rule, before the cut to Jumlah Suksesor: the candidates RULES §8 counts. */
  eligibleCount: number;
  /** Of those, how many are Siap Sekarang (listed or not). */
  siapSekarangCount: number;
  candidates: CandidateEntry[];
  nearMisses: NearMissEntry[];
  bench: Bench;
}

export interface SuccessionPlan {
  placementDays: number;
  /** yyyy-mm-dd */
  placementDate: string;
  positions: PositionPlan[];
  /** Pool members left out of every list because their NIP is stored as a number (RULES §6). */
  excluded: ExcludedPerson[];
}

export interface PlanOptions {
  today: Date;
  /** The talent-pool boxes of the main configuration (RULES §1: 7, 8, 9). */
  poolBoxes: readonly number[];
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

/** What the rules say of one pool member for one kind of target. */
interface Verdict {
  rules: RuleResult[];
  readiness: Readiness | undefined;
  /** Above the target's level: never its successor, and listing them as a near miss is noise. */
  aboveTarget: boolean;
}

function judgePool(pool: readonly CandidateProfile[], target: TargetProfile, ctx: RuleContext): Verdict[] {
  return pool.map((profile) => {
    const rules = evaluateRules(profile, target, ctx);
    return {
      rules,
      readiness: readinessOf(profile.person, rules, ctx.config),
      aboveTarget: rules.some((r) => r.reason.code === "jenjang-above-target"),
    };
  });
}

interface Evaluated extends RankedPerson {
  readiness: Readiness;
}

function rankPosition(
  target: TargetProfile,
  pool: readonly CandidateProfile[],
  verdicts: readonly Verdict[],
  incumbentNip: string | undefined,
  jumlahSuksesor: number,
  config: SuccessionConfig,
): { eligible: Evaluated[]; eligibleCount: number; siapSekarangCount: number; nearMisses: NearMissEntry[] } {
  const eligible: Evaluated[] = [];
  const nearMisses: NearMissEntry[] = [];
  let eligibleCount = 0;
  let siapSekarangCount = 0;
  // Few distinct fields of study per office: read each once per position.
  const fits = new Map<string | undefined, FieldFitResult>();
  for (let i = 0; i < pool.length; i++) {
    const { person, pangkat } = pool[i];
    const { rules, readiness, aboveTarget } = verdicts[i];
    if (incumbentNip !== undefined && person.nip === incumbentNip) continue;
    if (readiness === undefined && aboveTarget) continue;
    let fit = fits.get(person.jurusan);
    if (fit === undefined) {
      fit = fieldFit(target.position.rumpun, person.jurusan, config.bidangToRumpun);
      fits.set(person.jurusan, fit);
    }
    if (readiness === "siap-sekarang" || readiness === "siap-1-2-tahun") {
      eligibleCount += 1;
      if (readiness === "siap-sekarang") siapSekarangCount += 1;
      keepBest(eligible, { person, fieldFit: fit, pangkat, rules, readiness }, compareCandidates, jumlahSuksesor);
      continue;
    }
    const entry: NearMissEntry = { person, fieldFit: fit, pangkat, rules, reasons: notPassed(rules) };
    if (readiness === "belum-siap") entry.readiness = readiness;
    keepBest(nearMisses, entry, compareNearMisses, config.nearMisses);
  }
  return { eligible, eligibleCount, siapSekarangCount, nearMisses };
}

function planPosition(
  index: number,
  target: TargetProfile,
  pool: readonly CandidateProfile[],
  verdicts: readonly Verdict[],
  people: readonly Person[],
  today: number,
  config: SuccessionConfig,
): PositionPlan {
  const jumlahSuksesor = jumlahSuksesorOf(target.position, config);
  const incumbent = findIncumbent(target.position, target, people, today);
  const ranked = rankPosition(target, pool, verdicts, incumbent?.nip, jumlahSuksesor, config);
  const candidates: CandidateEntry[] = ranked.eligible.map((e, i) => ({ ...e, rank: i + 1, positionCount: 0 }));
  // RULES §8: the bench counts every candidate, not only the top Jumlah Suksesor listed.
  const bench = benchStrength(
    { candidates: ranked.eligibleCount, siapSekarang: ranked.siapSekarangCount },
    jumlahSuksesor,
    incumbent?.bupWithinYear === true,
  );
  const plan: PositionPlan = {
    index,
    target,
    jumlahSuksesor,
    eligibleCount: ranked.eligibleCount,
    siapSekarangCount: ranked.siapSekarangCount,
    candidates,
    nearMisses: ranked.nearMisses,
    bench,
  };
  if (incumbent !== undefined) plan.incumbent = incumbent;
  return plan;
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
  // RULES §6: only a NIP stored as a number leaves a pool member out; a duplicate, invalid or missing NIP is
  // flagged on the data and judged by the rules like anyone else.
  for (const person of inPool) {
    const reasons = exclusionReasons(person);
    if (reasons.length > 0) excluded.push({ person, reasons });
    // A profile (pangkat, jenjang, pendidikan parsed) serves the positions only: none without a Jabatan Target sheet.
    else if (positions.length > 0) pool.push(candidateProfile(person));
  }

  // Positions whose targets share a rule key share the rules' verdicts. Going key by key keeps only one
  // key's verdicts (one per pool member) alive at a time.
  const targets = positions.map((position) => targetProfile(position, config));
  const byKey = new Map<string, number[]>();
  targets.forEach((t, i) => {
    const key = targetRuleKey(t);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const plans: PositionPlan[] = new Array(positions.length);
  for (const indices of byKey.values()) {
    const verdicts = judgePool(pool, targets[indices[0]], { config, placementDays });
    for (const index of indices) plans[index] = planPosition(index, targets[index], pool, verdicts, people, today, config);
  }

  const counts = new Map<number, number>();
  for (const plan of plans) for (const c of plan.candidates) counts.set(c.person.record, (counts.get(c.person.record) ?? 0) + 1);
  for (const plan of plans) for (const c of plan.candidates) c.positionCount = counts.get(c.person.record)!;

  return { placementDays, placementDate: toIsoDate(placementDays), positions: plans, excluded };
}
