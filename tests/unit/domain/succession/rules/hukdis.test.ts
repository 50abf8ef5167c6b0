import { describe, expect, it } from "vitest";
import { hukdisRule } from "../../../../../src/domain/succession/rules/hukdis";
import { cand, ctx, day, target } from "../helpers";

describe("RULES §8 no hukuman disiplin sedang/berat in the last 2 years", () => {
  const t = target({ jenjang: "JPT Pratama" });

  it.each([[""], ["-"], ["Tidak ada"], [undefined]])("passes %j", (hukdis) => {
    const r = hukdisRule(cand({ hukdis }), t, ctx());
    expect(r.pass).toBe(true);
    expect(r.reason.code).toBe("hukdis-none");
  });

  it("passes Ringan, even recent", () => {
    const r = hukdisRule(cand({ hukdis: "Ringan", hukdisDays: day("2026-06-01") }), t, ctx());
    expect(r.pass).toBe(true);
    expect(r.reason.code).toBe("hukdis-ringan");
  });

  it("fails Sedang dated inside the window, as time-based, saying when it ends", () => {
    const r = hukdisRule(cand({ hukdis: "Sedang", hukdisDays: day("2025-06-01") }), t, ctx("2027-01-01"));
    expect(r).toEqual({
      rule: "hukdis",
      pass: false,
      timeBased: true,
      reason: {
        code: "hukdis-within-window",
        data: { tingkat: "sedang", dateDays: day("2025-06-01"), untilDays: day("2027-06-01"), years: 2 },
      },
    });
  });

  it("fails Berat dated one day inside the window", () => {
    expect(hukdisRule(cand({ hukdis: "Berat", hukdisDays: day("2025-01-02") }), t, ctx("2027-01-01")).pass).toBe(false);
  });

  it("passes Berat dated exactly two years before the placement date", () => {
    const r = hukdisRule(cand({ hukdis: "Berat", hukdisDays: day("2025-01-01") }), t, ctx("2027-01-01"));
    expect(r.pass).toBe(true);
    expect(r.reason.code).toBe("hukdis-outside-window");
  });

  it("fails Sedang without a date (fail closed) and says the date is missing", () => {
    const r = hukdisRule(cand({ hukdis: "Sedang" }), t, ctx());
    expect(r.pass).toBe(false);
    expect(r.timeBased).toBe(false);
    expect(r.reason).toEqual({ code: "hukdis-date-missing", data: { tingkat: "sedang" } });
  });

  it("is unknown, never a pass, for a text naming no tingkat", () => {
    const r = hukdisRule(cand({ hukdis: "Ya" }), t, ctx());
    expect(r.pass).toBe("unknown");
    expect(r.reason).toEqual({ code: "hukdis-unrecognized", data: { input: "Ya" } });
  });
});
