// RULES §8: age at placement ≤ 56 for JPT Pratama, in whole years on the placement date.
import { ageOn } from "../age";
import type { CandidateProfile, RuleContext, RuleResult, TargetProfile } from "../types";
import { failed, passed, unknown } from "./result";

/**
 * Applies to JPT Pratama targets only; a target of unknown jenjang is left to the jenjang rule, which fails
 * closed. Not time-based: age only grows.
 */
export function usiaRule(c: CandidateProfile, t: TargetProfile, ctx: RuleContext): RuleResult {
  if (t.jenjang !== "jpt-pratama") return passed("usia", "usia-not-applicable");
  const birth = c.person.birthDays;
  if (birth === undefined || !Number.isFinite(birth)) return unknown("usia", "usia-birth-missing");
  const age = ageOn(birth, ctx.placementDays);
  const data = { age, max: ctx.config.maxAgeJptPratama };
  return age <= ctx.config.maxAgeJptPratama
    ? passed("usia", "usia-within-max", data)
    : failed("usia", "usia-over-max", false, data);
}
