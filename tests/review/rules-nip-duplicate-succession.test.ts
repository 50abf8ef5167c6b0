// Regression (RULES audit): copies of a duplicate NIP are classified and flagged, not dropped from succession.
//
// RULES §6: "Duplicate NIP: every copy is classified and flagged." Only a NIP stored as a number "is left out of
// succession tables". RULES §8: candidates are "classified rows in the talent pool (boxes 7, 8, 9) that pass every
// eligibility rule" — the NIP being repeated is not one of those rules, so an eligible box 9 whose NIP is
// repeated stays in the plan.
import { describe, expect, it } from "vitest";
import { defaultSuccessionConfig } from "../../src/domain/succession/config";
import { parseIsoDate } from "../../src/domain/succession/dates";
import { planSuccession } from "../../src/domain/succession/plan";
import type { Person } from "../../src/domain/succession/types";

const day = (iso: string) => parseIsoDate(iso)!;

// A Pengawas (IV.a), IV/a, S1, born 1980, box 9: passes every rule for an Administrator post. The same NIP is on
// two rows of the sheet (e.g. entered twice), so both copies are flagged nip-duplicate.
const copy: Person = {
  record: 0, nama: "Andi", nip: "198001012005011001", nipDuplicate: true, kotak: 9, nilaiTalenta: 90,
  eselon: "IV.a", pangkat: "IV/a", pendidikan: "S1", hukdis: "Tidak ada", birthDays: day("1980-01-01"),
};

describe("review (RULES §6, §8): duplicate NIP in the talent pool", () => {
  it("keeps a flagged duplicate as a candidate when it passes every rule", () => {
    const plan = planSuccession([copy], [{ jabatanTarget: "Kepala Bagian Umum", eselon: "III.a", pendidikanMinimal: "S1" }], defaultSuccessionConfig, {
      today: new Date(2026, 0, 10),
      poolBoxes: [7, 8, 9],
    });
    expect(plan.excluded).toEqual([]);
    expect(plan.positions[0].candidates.map((c) => c.person.nama)).toEqual(["Andi"]);
  });
});
