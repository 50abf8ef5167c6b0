import { describe, expect, it } from "vitest";
import { evaluateRules, failsOnlyTimeBased, passesAll } from "../../../../../src/domain/succession/rules";
import { RULE_IDS } from "../../../../../src/domain/succession/types";
import { cand, ctx, day, target } from "../helpers";

describe("RULES §8 every eligibility rule, in order", () => {
  const kadin = target({ jenjang: "JPT Pratama", eselon: "II.b", pangkatMinimal: "IV/c", pendidikanMinimal: "S2" });
  const good = {
    eselon: "III.a",
    pangkat: "IV/c",
    pendidikan: "S2",
    birthDays: day("1975-05-05"),
    hukdis: "",
  };

  it("runs the six rules in a fixed order", () => {
    expect(evaluateRules(cand(good), kadin, ctx()).map((r) => r.rule)).toEqual([...RULE_IDS]);
  });

  it("passes a candidate who meets every rule", () => {
    expect(passesAll(evaluateRules(cand(good), kadin, ctx()))).toBe(true);
  });

  it("calls a low pangkat plus a recent dated hukdis a time-based-only failure (Belum Siap)", () => {
    const results = evaluateRules(cand({ ...good, pangkat: "IV/b", hukdis: "Sedang", hukdisDays: day("2026-01-10") }), kadin, ctx());
    expect(passesAll(results)).toBe(false);
    expect(failsOnlyTimeBased(results)).toBe(true);
  });

  it("does not call an age failure time-based", () => {
    const results = evaluateRules(cand({ ...good, pangkat: "IV/b", birthDays: day("1965-01-01") }), kadin, ctx());
    expect(failsOnlyTimeBased(results)).toBe(false);
  });

  it("does not call an undated hukdis time-based", () => {
    expect(failsOnlyTimeBased(evaluateRules(cand({ ...good, hukdis: "Berat" }), kadin, ctx()))).toBe(false);
  });
});
