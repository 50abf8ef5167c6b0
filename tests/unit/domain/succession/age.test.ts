import { describe, expect, it } from "vitest";
import { addYears, ageOn, bupAge, bupDate } from "../../../../src/domain/succession/age";
import { defaultSuccessionConfig } from "../../../../src/domain/succession/config";
import { addMonths, toIsoDate, wholeMonthsBetween } from "../../../../src/domain/succession/dates";
import { day } from "./helpers";

describe("age in whole years on the placement date", () => {
  it("counts a birthday on the placement date", () => {
    expect(ageOn(day("1971-01-01"), day("2027-01-01"))).toBe(56);
    expect(ageOn(day("1970-01-01"), day("2027-01-01"))).toBe(57);
  });

  it("does not count a birthday one day after the placement date", () => {
    expect(ageOn(day("1970-01-02"), day("2027-01-01"))).toBe(56);
  });

  it("counts a 29 February birthday from 1 March in other years", () => {
    expect(ageOn(day("1972-02-29"), day("2028-02-28"))).toBe(55);
    expect(ageOn(day("1972-02-29"), day("2027-02-28"))).toBe(54);
    expect(ageOn(day("1972-02-29"), day("2027-03-01"))).toBe(55);
  });
});

describe("reference §5.6 BUP", () => {
  it("starts pensiun on the first of the month after the BUP birthday", () => {
    expect(toIsoDate(bupDate(day("1970-12-15"), 58))).toBe("2029-01-01");
    expect(toIsoDate(bupDate(day("1970-03-01"), 58))).toBe("2028-04-01");
    expect(toIsoDate(bupDate(day("1966-05-31"), 60))).toBe("2026-06-01");
  });

  it("takes the BUP of each jenjang from the configuration", () => {
    const bup = defaultSuccessionConfig.bup;
    expect(bupAge("jpt-pratama", bup)).toBe(60);
    expect(bupAge("jpt-madya", bup)).toBe(60);
    expect(bupAge("administrator", bup)).toBe(58);
    expect(bupAge("pengawas", bup)).toBe(58);
    expect(bupAge("pelaksana", bup)).toBe(58);
    expect(bupAge("ahli-madya", bup)).toBe(60);
    expect(bupAge("ahli-utama", bup)).toBe(65);
    expect(bupAge("ahli-muda", bup)).toBe(58);
    expect(bupAge("terampil", bup)).toBe(58);
  });
});

describe("calendar arithmetic", () => {
  it("adds months and clamps to the end of a shorter month", () => {
    expect(toIsoDate(addMonths(day("2027-01-31"), 1))).toBe("2027-02-28");
    expect(toIsoDate(addYears(day("2028-02-29"), 2))).toBe("2030-02-28");
    expect(toIsoDate(addYears(day("2027-01-01"), -2))).toBe("2025-01-01");
    expect(toIsoDate(addYears(day("2027-01-01"), 1.5))).toBe("2028-07-01");
  });

  it("counts complete months only", () => {
    expect(wholeMonthsBetween(day("2027-01-01"), day("2029-01-01"))).toBe(24);
    expect(wholeMonthsBetween(day("2027-01-01"), day("2028-12-31"))).toBe(23);
    expect(wholeMonthsBetween(day("2027-01-15"), day("2027-01-01"))).toBe(0);
    expect(wholeMonthsBetween(day("2027-03-01"), day("2027-01-01"))).toBe(-2);
  });
});
