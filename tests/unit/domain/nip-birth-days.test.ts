// validNipBirthDays (domain/nip.ts) reads the birth date of a NIP already known valid, without parseNip's
// regular expression and slices: it must give parseNip's birth date for every valid NIP.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nipFailure, parseNip, validNipBirthDays } from "../../../src/domain/nip";

const two = (n: number) => String(n).padStart(2, "0");
// Dates and TMT around every boundary nipFailure checks: month 0 and 13, day 0 and 32, TMT before the 18th birthday.
const nip = fc
  .record({
    y: fc.integer({ min: 1890, max: 2010 }),
    m: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    ty: fc.integer({ min: 1900, max: 2040 }),
    tm: fc.integer({ min: 0, max: 13 }),
    g: fc.integer({ min: 0, max: 3 }),
    no: fc.integer({ min: 0, max: 999 }),
  })
  .map((p) => `${p.y}${two(p.m)}${two(p.d)}${p.ty}${two(p.tm)}${p.g}${String(p.no).padStart(3, "0")}`);

describe("RULES §8 age from digits 1–8 of a valid NIP", () => {
  it("equals parseNip's birth date for every NIP that nipFailure accepts", () =>
    fc.assert(
      fc.property(nip, (text) => {
        const parsed = parseNip(text);
        expect(parsed.ok).toBe(nipFailure(text) === undefined);
        if (parsed.ok) expect(validNipBirthDays(text)).toBe(parsed.birthDays);
      }),
      { numRuns: 3000 },
    ));

  it("counts 31 December 1999 as day 10,956 and 29 February 2000 as day 11,016", () => {
    // 1970 → 2000 is 30·365 + 7 leap days = 10,957 days; 29 February is day 31 + 28 = 59 of 2000.
    expect(validNipBirthDays("199912312020011001")).toBe(10956);
    expect(validNipBirthDays("200002292020011001")).toBe(11016);
  });
});
