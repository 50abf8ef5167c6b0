// RULES §8: no hukuman disiplin sedang/berat in the last 2 years before the placement date.
import { addYears } from "../age";
import { parseHukdis } from "../hukdis";
import type { CandidateProfile, RuleContext, RuleResult, TargetProfile } from "../types";
import { failed, passed, unknown } from "./result";

/**
 * A penalty counts while it is dated after (placement − 2 years): dated exactly two years before the
 * placement, it no longer counts. Without a date it counts (fail closed) and the reason says so; that failure
 * is not time-based because nobody can say when it ends. A dated one is time-based: the window passes.
 * A text that names no tingkat (`Ya`) is unknown, which never passes either.
 */
export function hukdisRule(c: CandidateProfile, _t: TargetProfile, ctx: RuleContext): RuleResult {
  const reading = parseHukdis(c.person.hukdis);
  if (reading === "none") return passed("hukdis", "hukdis-none");
  if (reading === "ringan") return passed("hukdis", "hukdis-ringan");
  if (reading === "unrecognized") return unknown("hukdis", "hukdis-unrecognized", { input: c.person.hukdis ?? "" });
  const date = c.person.hukdisDays;
  if (date === undefined || !Number.isFinite(date)) {
    return failed("hukdis", "hukdis-date-missing", false, { tingkat: reading });
  }
  const years = ctx.config.hukdisWindowYears;
  const data = { tingkat: reading, dateDays: date, untilDays: addYears(date, years), years };
  return date > addYears(ctx.placementDays, -years)
    ? failed("hukdis", "hukdis-within-window", true, data)
    : passed("hukdis", "hukdis-outside-window", data);
}
