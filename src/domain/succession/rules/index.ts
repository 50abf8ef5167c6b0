// The eligibility rules of RULES §8, one file each, run in a fixed order.
//
// Time-based failures ("Belum Siap — fail only a time-based rule") are those a person can cure by waiting
// while staying on the same path: pangkat below the minimum (kenaikan pangkat), a level two or more steps
// below the target (the intermediate step comes first), and a dated hukuman disiplin inside the window.
// Age over the limit, too few years to BUP, pendidikan, a level above the target, a refused rotation, an
// undated hukuman disiplin and any unknown value never are.
import { RULE_IDS, type CandidateProfile, type RuleContext, type RuleId, type RuleResult, type TargetProfile } from "../types";
import { bupRule } from "./bup";
import { hukdisRule } from "./hukdis";
import { jenjangRule } from "./jenjang";
import { pangkatRule } from "./pangkat";
import { pendidikanRule } from "./pendidikan";
import { usiaRule } from "./usia";

type Rule = (c: CandidateProfile, t: TargetProfile, ctx: RuleContext) => RuleResult;

export const RULES: Record<RuleId, Rule> = {
  pangkat: pangkatRule,
  pendidikan: pendidikanRule,
  jenjang: jenjangRule,
  usia: usiaRule,
  bup: bupRule,
  hukdis: hukdisRule,
};

export function evaluateRules(c: CandidateProfile, t: TargetProfile, ctx: RuleContext): RuleResult[] {
  return RULE_IDS.map((id) => RULES[id](c, t, ctx));
}

/** Results that are not a pass: failures and unknowns (unknown never counts as meeting a rule). */
export function notPassed(results: RuleResult[]): RuleResult[] {
  return results.filter((r) => r.pass !== true);
}

export function passesAll(results: RuleResult[]): boolean {
  return results.every((r) => r.pass === true);
}

/** At least one failure and every failure time-based: RULES §8 "Belum Siap". */
export function failsOnlyTimeBased(results: RuleResult[]): boolean {
  const open = notPassed(results);
  return open.length > 0 && open.every((r) => r.pass === false && r.timeBased);
}
