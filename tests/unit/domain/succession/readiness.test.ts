import { describe, expect, it } from "vitest";
import { readinessOf } from "../../../../src/domain/succession/readiness";
import type { RuleResult } from "../../../../src/domain/succession/types";
import { config, person } from "./helpers";

const pass: RuleResult = { rule: "pangkat", pass: true, timeBased: false, reason: { code: "pangkat-meets-minimum" } };
const timeFail: RuleResult = { rule: "pangkat", pass: false, timeBased: true, reason: { code: "pangkat-below-minimum" } };
const hardFail: RuleResult = { rule: "usia", pass: false, timeBased: false, reason: { code: "usia-over-max" } };
const unknown: RuleResult = { rule: "bup", pass: "unknown", timeBased: false, reason: { code: "bup-birth-missing" } };

describe("RULES §8 readiness", () => {
  const cfg = config();

  it("makes an eligible box 9 Siap Sekarang whatever the Nilai Talenta", () => {
    expect(readinessOf(person({ kotak: 9, nilaiTalenta: 60 }), [pass], cfg)).toBe("siap-sekarang");
  });

  it("makes an eligible box 7 or 8 Siap Sekarang from Nilai Talenta 80", () => {
    expect(readinessOf(person({ kotak: 8, nilaiTalenta: 80 }), [pass], cfg)).toBe("siap-sekarang");
    expect(readinessOf(person({ kotak: 7, nilaiTalenta: 0.5 * 80 + 0.5 * 80 }), [pass], cfg)).toBe("siap-sekarang");
    expect(readinessOf(person({ kotak: 7, nilaiTalenta: 79.99 }), [pass], cfg)).toBe("siap-1-2-tahun");
    expect(readinessOf(person({ kotak: 8 }), [pass], cfg)).toBe("siap-1-2-tahun");
  });

  it("makes a pool member who fails only time-based rules Belum Siap", () => {
    expect(readinessOf(person({ kotak: 9 }), [pass, timeFail], cfg)).toBe("belum-siap");
  });

  it("gives no readiness to one who fails a rule that waiting cannot change, or has an unknown", () => {
    expect(readinessOf(person({ kotak: 9 }), [timeFail, hardFail], cfg)).toBeUndefined();
    expect(readinessOf(person({ kotak: 9 }), [timeFail, unknown], cfg)).toBeUndefined();
  });

  it("follows a configured threshold", () => {
    expect(readinessOf(person({ kotak: 8, nilaiTalenta: 75 }), [pass], config({ siapSekarangMinNilaiTalenta: 75 }))).toBe(
      "siap-sekarang",
    );
  });
});
