// Regression (RULES audit): no education rule that RULES does not have.
//
// RULES §8: candidates pass "pendidikan ≥ Pendidikan Minimal (SLTA < D-III < D-IV = S1 < S2 < S3)". Unlike pangkat
// ("else the lower bound of the eselon's range"), RULES gives pendidikan no fallback: a key position whose
// Pendidikan Minimal is empty asks for no education level. A D-III Pengawas who passes every other rule is then a
// candidate for an Administrator post. (If S1 for Administrator/JPT from reference §5.6 is wanted, RULES must say so.)
import { describe, expect, it } from "vitest";
import { defaultSuccessionConfig } from "../../src/domain/succession/config";
import { parseIsoDate } from "../../src/domain/succession/dates";
import { planSuccession } from "../../src/domain/succession/plan";
import type { Person } from "../../src/domain/succession/types";

const day = (iso: string) => parseIsoDate(iso)!;

// Pengawas (IV.a) one step below Administrator, pangkat IV/a ≥ III.a floor IV/a, born 1980 (46 on placement,
// far from BUP 58), no hukuman disiplin, box 9.
const D3: Person = {
  record: 0, nama: "Dewi", nip: "198001012005012001", kotak: 9, nilaiTalenta: 90,
  eselon: "IV.a", pangkat: "IV/a", pendidikan: "D-III", hukdis: "Tidak ada", birthDays: day("1980-01-01"),
};

describe("review (RULES §8): no Pendidikan Minimal means no education rule", () => {
  it("lists a D-III Pengawas for an Administrator post whose Pendidikan Minimal is empty", () => {
    const plan = planSuccession([D3], [{ jabatanTarget: "Kepala Bagian Umum", eselon: "III.a" }], defaultSuccessionConfig, {
      today: new Date(2026, 0, 10),
      poolBoxes: [7, 8, 9],
    });
    const p = plan.positions[0];
    expect(p.nearMisses.flatMap((m) => m.reasons.map((r) => r.reason.code))).toEqual([]);
    expect(p.candidates.map((c) => c.person.nama)).toEqual(["Dewi"]);
  });
});
