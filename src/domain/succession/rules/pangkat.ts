// RULES §8: pangkat ≥ Pangkat Minimal, else the floor of the target's eselon (reference §5.6).
import { golonganLabel } from "../pangkat";
import type { CandidateProfile, RuleResult, TargetProfile } from "../types";
import { failed, passed, unknown } from "./result";

/** A pangkat below the minimum is time-based: kenaikan pangkat comes with years of service. */
export function pangkatRule(c: CandidateProfile, t: TargetProfile): RuleResult {
  if (t.pangkatMinimumSource === "unreadable") {
    return unknown("pangkat", "pangkat-minimum-unreadable", { input: t.position.pangkatMinimal ?? "" });
  }
  if (t.pangkatMinimum === undefined) return passed("pangkat", "pangkat-no-minimum");
  if (c.pangkat === undefined) return unknown("pangkat", "pangkat-missing", { input: c.person.pangkat ?? "" });
  const data = {
    pangkat: golonganLabel(c.pangkat),
    minimum: golonganLabel(t.pangkatMinimum),
    source: t.pangkatMinimumSource,
  };
  return c.pangkat >= t.pangkatMinimum
    ? passed("pangkat", "pangkat-meets-minimum", data)
    : failed("pangkat", "pangkat-below-minimum", true, data);
}
