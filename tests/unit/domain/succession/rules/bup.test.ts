import { describe, expect, it } from "vitest";
import { bupRule } from "../../../../../src/domain/succession/rules/bup";
import { cand, config, ctx, day, target } from "../helpers";

describe("RULES §8 at least 2 years to the BUP of the target position, on the placement date", () => {
  const admin = { jenjang: "Administrator" }; // BUP 58
  const jpt = { jenjang: "JPT Pratama" }; // BUP 60

  it("passes when pensiun starts exactly two years after placement", () => {
    // Born 1970-12-15: 58 on 2028-12-15, pensiun 2029-01-01 = 2027-01-01 + 2 years.
    expect(bupRule(cand({ birthDays: day("1970-12-15") }), target(admin), ctx("2027-01-01"))).toEqual({
      rule: "bup",
      pass: true,
      timeBased: false,
      reason: {
        code: "bup-far-enough",
        data: { bupAge: 58, bupDays: day("2029-01-01"), monthsToBup: 24, minYears: 2 },
      },
    });
  });

  it("fails when pensiun starts one month short of two years", () => {
    // Born 1970-11-30: 58 on 2028-11-30, pensiun 2028-12-01.
    const r = bupRule(cand({ birthDays: day("1970-11-30") }), target(admin), ctx("2027-01-01"));
    expect(r.pass).toBe(false);
    expect(r.timeBased).toBe(false);
    expect(r.reason).toEqual({
      code: "bup-too-close",
      data: { bupAge: 58, bupDays: day("2028-12-01"), monthsToBup: 23, minYears: 2 },
    });
  });

  it("counts against the target's BUP, not the candidate's own", () => {
    // An Administrator born 1969-06-10 reaches 58 in 2027 but 60 only in 2029: eligible for JPT, not for Administrator.
    const c = cand({ eselon: "III.a", birthDays: day("1969-06-10") });
    expect(bupRule(c, target(jpt), ctx("2027-01-01")).reason.data).toMatchObject({ bupAge: 60, bupDays: day("2029-07-01") });
    expect(bupRule(c, target(jpt), ctx("2027-01-01")).pass).toBe(true);
    expect(bupRule(c, target(admin), ctx("2027-01-01")).pass).toBe(false);
  });

  it("uses Ahli Utama's BUP of 65", () => {
    const c = cand({ birthDays: day("1964-01-01") });
    expect(bupRule(c, target({ jenjang: "Ahli Utama" }), ctx("2027-01-01")).pass).toBe(true);
  });

  it("follows a configured number of years", () => {
    const c = cand({ birthDays: day("1970-12-15") });
    const three = config({ minYearsToBup: 3 });
    expect(bupRule(c, target(admin), ctx("2027-01-01", three)).pass).toBe(false);
  });

  it("is unknown without a birth date or a target level", () => {
    expect(bupRule(cand({ birthDays: undefined }), target(admin), ctx()).reason.code).toBe("bup-birth-missing");
    expect(bupRule(cand({ birthDays: day("1980-01-01") }), target({}), ctx()).pass).toBe("unknown");
  });
});
