import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromDays, parseIsoDate, toDays, toIsoDate, todayDays } from "../../../../src/domain/succession/dates";

describe("calendar days since 1970-01-01", () => {
  it("agrees with Date.UTC on every day from year 1000 to 3000", () => {
    fc.assert(
      fc.property(fc.integer({ min: -354_000, max: 376_000 }), (days) => {
        const d = new Date(days * 86_400_000);
        expect(fromDays(days)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(toDays(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(days);
      }),
      { numRuns: 5000 },
    );
  });

  it("rolls an out-of-range month over as Date.UTC does", () => {
    expect(toIsoDate(toDays(2026, 13, 1))).toBe("2027-01-01");
    expect(toIsoDate(toDays(2027, 0, 1))).toBe("2026-12-01");
  });

  it("reads yyyy-mm-dd of real dates only", () => {
    expect(parseIsoDate("2028-02-29")).toBe(toDays(2028, 2, 29));
    expect(parseIsoDate("2027-02-29")).toBeUndefined();
    expect(parseIsoDate("2027-1-01")).toBeUndefined();
    expect(toIsoDate(0)).toBe("1970-01-01");
  });

  it("takes today's calendar day whatever the hour", () => {
    expect(todayDays(new Date(2026, 11, 31, 23, 59))).toBe(toDays(2026, 12, 31));
    expect(todayDays(new Date(2026, 11, 31, 0, 1))).toBe(toDays(2026, 12, 31));
  });
});
