import { describe, expect, it } from "vitest";
import { parseNip } from "../../../src/domain/nip";

describe("RULES §6 NIP", () => {
  it("reads 19860926 201505 1 001: born 26 Sep 1986, TMT CPNS May 2015, laki-laki", () => {
    const r = parseNip("19860926 201505 1 001");
    expect(r).toEqual({
      ok: true,
      nip: "198609262015051001",
      birth: { y: 1986, m: 9, d: 26 },
      // 1970→1986: 16·365 + 4 leap days = 5844; 1 Jan → 26 Sep 1986: 243 + 25 = 268
      birthDays: 6112,
      tmtCpns: { y: 2015, m: 5 },
      gender: "L",
    });
  });
  it("removes dots and a leading apostrophe", () => {
    expect(parseNip("'198609262015052001")).toMatchObject({ ok: true, nip: "198609262015052001", gender: "P" });
    expect(parseNip("19860926.201505.1.001")).toMatchObject({ ok: true, nip: "198609262015051001" });
  });
  it("rejects 17 or 19 digits and letters", () => {
    expect(parseNip("19860926201505100")).toEqual({ ok: false, reason: "length" });
    expect(parseNip("1986092620150510011")).toEqual({ ok: false, reason: "length" });
    expect(parseNip("19860926201505100A")).toEqual({ ok: false, reason: "length" });
  });
  it("rejects a NIP stored as a number and shown in E notation", () =>
    expect(parseNip("1.98609262015051E+17")).toEqual({ ok: false, reason: "length" }));
  it("rejects a birth date that does not exist (31 Feb, month 13)", () => {
    expect(parseNip("198602312015051001")).toEqual({ ok: false, reason: "birth-date" });
    expect(parseNip("198613012015051001")).toEqual({ ok: false, reason: "birth-date" });
  });
  it("accepts 29 Feb of a leap year and rejects it in another year", () => {
    expect(parseNip("198802292010011001").ok).toBe(true);
    expect(parseNip("198702292010011001")).toEqual({ ok: false, reason: "birth-date" });
  });
  it("rejects a TMT CPNS 17 years after birth", () =>
    expect(parseNip("199001012007011001")).toEqual({ ok: false, reason: "tmt" }));
  it("accepts a TMT CPNS exactly 18 years after birth (born 1 Jan 1990, TMT Jan 2008)", () =>
    expect(parseNip("199001012008011001").ok).toBe(true));
  it("rejects a TMT on the first of the month before the 18th birthday (born 15 Jan 1990, TMT Jan 2008)", () =>
    expect(parseNip("199001152008011001")).toEqual({ ok: false, reason: "tmt" }));
  it("rejects TMT month 00 or 13", () => {
    expect(parseNip("198609262015001001")).toEqual({ ok: false, reason: "tmt" });
    expect(parseNip("198609262015131001")).toEqual({ ok: false, reason: "tmt" });
  });
  it("rejects a 15th digit other than 1 or 2", () => {
    expect(parseNip("198609262015053001")).toEqual({ ok: false, reason: "gender" });
    expect(parseNip("198609262015050001")).toEqual({ ok: false, reason: "gender" });
  });
});
