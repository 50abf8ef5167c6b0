import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareCandidates, keepBest } from "../../../../src/domain/succession/ranking";
import type { RankedPerson } from "../../../../src/domain/succession/types";
import type { FieldFit } from "../../../../src/domain/succession/field-fit";
import type { PangkatCode } from "../../../../src/domain/succession/pangkat";
import { day, person } from "./helpers";

function ranked(record: number, fit: FieldFit, over: Partial<RankedPerson["person"]> = {}, pangkat?: PangkatCode): RankedPerson {
  return { person: person({ record, ...over }), fieldFit: { fit }, pangkat, rules: [] };
}

function order(list: RankedPerson[]): number[] {
  return [...list].sort(compareCandidates).map((r) => r.person.record);
}

describe("RULES §8 candidate order", () => {
  it("puts field fit first: fits, then unknown, then does not fit, whatever the box", () => {
    expect(order([ranked(1, "does-not-fit", { kotak: 9 }), ranked(2, "unknown", { kotak: 9 }), ranked(3, "fits", { kotak: 7 })])).toEqual([
      3, 2, 1,
    ]);
  });

  it("then box 9, 8, 7 whatever the Nilai Talenta", () => {
    expect(
      order([
        ranked(1, "fits", { kotak: 7, nilaiTalenta: 95 }),
        ranked(2, "fits", { kotak: 9, nilaiTalenta: 70 }),
        ranked(3, "fits", { kotak: 8, nilaiTalenta: 90 }),
      ]),
    ).toEqual([2, 3, 1]);
  });

  it("then Nilai Talenta, then JPM, then pangkat", () => {
    expect(
      order([
        ranked(1, "fits", { kotak: 8, nilaiTalenta: 85, jpm: 90 }, 43),
        ranked(2, "fits", { kotak: 8, nilaiTalenta: 86, jpm: 70 }, 41),
        ranked(3, "fits", { kotak: 8, nilaiTalenta: 85, jpm: 90 }, 44),
        ranked(4, "fits", { kotak: 8, nilaiTalenta: 85, jpm: 91 }, 41),
      ]),
    ).toEqual([2, 4, 3, 1]);
  });

  it("then the longest in the current position (earliest TMT Jabatan)", () => {
    const same = { kotak: 9, nilaiTalenta: 80, jpm: 80 };
    expect(
      order([
        ranked(1, "fits", { ...same, tmtJabatanDays: day("2022-01-01") }, 42),
        ranked(2, "fits", { ...same, tmtJabatanDays: day("2019-03-01") }, 42),
        ranked(3, "fits", { ...same }, 42),
      ]),
    ).toEqual([2, 1, 3]);
  });

  it("puts a missing Nilai Talenta or JPM after a present one", () => {
    expect(order([ranked(1, "fits", { kotak: 9 }), ranked(2, "fits", { kotak: 9, nilaiTalenta: 61 })])).toEqual([2, 1]);
    expect(order([ranked(1, "fits", { kotak: 9, nilaiTalenta: 80, jpm: Number.NaN }), ranked(2, "fits", { kotak: 9, nilaiTalenta: 80, jpm: 50 })])).toEqual([2, 1]);
  });

  it("keeps the sheet order for complete ties", () => {
    expect(order([ranked(5, "fits", { kotak: 9 }), ranked(2, "fits", { kotak: 9 })])).toEqual([2, 5]);
  });
});

describe("keeping the best k", () => {
  const byValue = (a: number, b: number) => a - b;

  it("keeps the k smallest in order, first come first kept among equals", () => {
    const best: number[] = [];
    for (const x of [5, 3, 9, 1, 3, 7]) keepBest(best, x, byValue, 3);
    expect(best).toEqual([1, 3, 3]);
  });

  it("keeps nothing for k = 0", () => {
    const best: number[] = [];
    keepBest(best, 1, byValue, 0);
    expect(best).toEqual([]);
  });

  it("matches a full sort cut to k", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: 1, max: 6 }), (xs, k) => {
        const best: number[] = [];
        for (const x of xs) keepBest(best, x, byValue, k);
        expect(best).toEqual([...xs].sort(byValue).slice(0, k));
      }),
    );
  });
});
