import { describe, expect, it } from "vitest";
import { usiaRule } from "../../../../../src/domain/succession/rules/usia";
import { cand, ctx, day, target } from "../helpers";

describe("RULES §8 age at placement ≤ 56 for JPT Pratama", () => {
  const jpt = { jenjang: "JPT Pratama" };

  it("passes someone exactly 56 on the placement date", () => {
    expect(usiaRule(cand({ birthDays: day("1971-01-01") }), target(jpt), ctx("2027-01-01"))).toEqual({
      rule: "usia",
      pass: true,
      timeBased: false,
      reason: { code: "usia-within-max", data: { age: 56, max: 56 } },
    });
  });

  it("passes someone who turns 57 the day after the placement date", () => {
    expect(usiaRule(cand({ birthDays: day("1970-01-02") }), target(jpt), ctx("2027-01-01")).pass).toBe(true);
  });

  it("fails someone who turns 57 on the placement date, not time-based", () => {
    const r = usiaRule(cand({ birthDays: day("1970-01-01") }), target(jpt), ctx("2027-01-01"));
    expect(r.pass).toBe(false);
    expect(r.timeBased).toBe(false);
    expect(r.reason).toEqual({ code: "usia-over-max", data: { age: 57, max: 56 } });
  });

  it("does not apply to an Administrator target", () => {
    const r = usiaRule(cand({ birthDays: day("1968-01-01") }), target({ jenjang: "Administrator" }), ctx());
    expect(r.pass).toBe(true);
    expect(r.reason.code).toBe("usia-not-applicable");
  });

  it("applies to a target whose level comes from eselon II", () => {
    expect(usiaRule(cand({ birthDays: day("1960-06-01") }), target({ eselon: "II.a" }), ctx()).pass).toBe(false);
  });

  it("is unknown without a birth date", () => {
    const r = usiaRule(cand({ birthDays: undefined }), target(jpt), ctx());
    expect(r.pass).toBe("unknown");
    expect(r.reason.code).toBe("usia-birth-missing");
    expect(usiaRule(cand({ birthDays: Number.NaN }), target(jpt), ctx()).pass).toBe("unknown");
  });
});
