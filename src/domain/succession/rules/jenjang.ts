// RULES §8: current level one step below the target (Pengawas → Administrator → JPT Pratama), or the same
// level for rotation when the configuration allows it.
import { JENJANG_LABEL, JENJANG_STEP } from "../jenjang";
import type { CandidateProfile, RuleContext, RuleResult, TargetProfile } from "../types";
import { failed, passed, unknown } from "./result";

/**
 * Two or more steps below is time-based: the person is on the way and needs the intermediate step first,
 * which is "Belum Siap", not a dead end. Above the target, or a refused rotation, never changes by waiting.
 */
export function jenjangRule(c: CandidateProfile, t: TargetProfile, ctx: RuleContext): RuleResult {
  if (t.jenjang === undefined) {
    return unknown("jenjang", "jenjang-target-unknown", {
      jenjang: t.position.jenjang ?? "",
      eselon: t.position.eselon ?? "",
    });
  }
  if (c.jenjang === undefined) {
    return unknown("jenjang", "jenjang-missing", { jenjang: c.person.jenjang ?? "", eselon: c.person.eselon ?? "" });
  }
  const steps = JENJANG_STEP[t.jenjang] - JENJANG_STEP[c.jenjang];
  const data = { jenjang: JENJANG_LABEL[c.jenjang], target: JENJANG_LABEL[t.jenjang], steps };
  if (steps === 1) return passed("jenjang", "jenjang-one-step-below", data);
  if (steps === 0) {
    return ctx.config.allowRotation
      ? passed("jenjang", "jenjang-rotation", data)
      : failed("jenjang", "jenjang-rotation-not-allowed", false, data);
  }
  return steps > 1
    ? failed("jenjang", "jenjang-too-low", true, data)
    : failed("jenjang", "jenjang-above-target", false, data);
}
