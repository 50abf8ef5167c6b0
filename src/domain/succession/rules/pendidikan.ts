// RULES §8: pendidikan ≥ Pendidikan Minimal (SLTA < D-III < D-IV = S1 < S2 < S3).
import { PENDIDIKAN_LABEL, pendidikanRank } from "../pendidikan";
import type { CandidateProfile, RuleResult, TargetProfile } from "../types";
import { failed, passed, unknown } from "./result";

/** Not time-based: a degree is earned by study, not by waiting. */
export function pendidikanRule(c: CandidateProfile, t: TargetProfile): RuleResult {
  if (t.pendidikanMinimumSource === "unreadable") {
    return unknown("pendidikan", "pendidikan-minimum-unreadable", { input: t.position.pendidikanMinimal ?? "" });
  }
  if (t.pendidikanMinimum === undefined) return passed("pendidikan", "pendidikan-no-minimum");
  if (c.pendidikan === undefined) {
    return unknown("pendidikan", "pendidikan-missing", { input: c.person.pendidikan ?? "" });
  }
  const data = {
    pendidikan: PENDIDIKAN_LABEL[c.pendidikan],
    minimum: PENDIDIKAN_LABEL[t.pendidikanMinimum],
    source: t.pendidikanMinimumSource,
  };
  return pendidikanRank(c.pendidikan) >= pendidikanRank(t.pendidikanMinimum)
    ? passed("pendidikan", "pendidikan-meets-minimum", data)
    : failed("pendidikan", "pendidikan-below-minimum", false, data);
}
