// RULES §8: at least 2 years to BUP, counted on the placement date against the BUP of the target position.
import { addYears, bupDate } from "../age";
import { wholeMonthsBetween } from "../dates";
import type { CandidateProfile, RuleContext, RuleResult, TargetProfile } from "../types";
import { failed, passed, unknown } from "./result";

/** Passes when pensiun starts on or after placement + minYearsToBup (exactly two years away passes). Not time-based. */
export function bupRule(c: CandidateProfile, t: TargetProfile, ctx: RuleContext): RuleResult {
  if (t.bupAge === undefined) return unknown("bup", "bup-target-unknown");
  const birth = c.person.birthDays;
  if (birth === undefined || !Number.isFinite(birth)) return unknown("bup", "bup-birth-missing");
  const pensiun = bupDate(birth, t.bupAge);
  const data = {
    bupAge: t.bupAge,
    // A date is data (days since 1970-01-01); messages.ts words it per language.
    bupDays: pensiun,
    monthsToBup: wholeMonthsBetween(ctx.placementDays, pensiun),
    minYears: ctx.config.minYearsToBup,
  };
  return pensiun >= addYears(ctx.placementDays, ctx.config.minYearsToBup)
    ? passed("bup", "bup-far-enough", data)
    : failed("bup", "bup-too-close", false, data);
}
