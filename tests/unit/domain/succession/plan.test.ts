import { describe, expect, it } from "vitest";
import { defaultSuccessionConfig } from "../../../../src/domain/succession/config";
import { planSuccession, type PositionPlan } from "../../../../src/domain/succession/plan";
import { toIsoDate } from "../../../../src/domain/succession/dates";
import type { KeyPosition, Person } from "../../../../src/domain/succession/types";
import { day } from "./helpers";

// Today 2026-06-15 → placement 2027-01-01; talent pool = boxes 7, 8, 9. Expected lists worked out by hand
// from RULES §8 (comments give the reasoning per person and position).
const base = { hukdis: "" };
const A: Person = { ...base, record: 0, nama: "A", nip: "197501012000011001", kotak: 9, nilaiTalenta: 75, eselon: "III.a", pangkat: "IV/c", pendidikan: "S2", jurusan: "Pendidikan", birthDays: day("1975-01-01") };
const B: Person = { ...base, record: 1, nama: "B", nip: "197203032000011002", kotak: 8, nilaiTalenta: 85, eselon: "III.b", pangkat: "IV/c", pendidikan: "S1", jurusan: "Teknik Sipil", birthDays: day("1972-03-03") };
const C: Person = { ...base, record: 2, nama: "C", nip: "198001012005011003", kotak: 7, nilaiTalenta: 70, eselon: "III.a", pangkat: "IV/c", pendidikan: "S3", jurusan: "Manajemen Pendidikan", birthDays: day("1980-01-01") };
const D: Person = { ...base, record: 3, nama: "D", nip: "197601012000011004", kotak: 9, nilaiTalenta: 90, eselon: "III.a", pangkat: "IV/b", pendidikan: "S2", jurusan: "Pendidikan", birthDays: day("1976-01-01") };
const E: Person = { ...base, record: 4, nama: "E", nip: "196906011995031005", kotak: 8, nilaiTalenta: 82, eselon: "III.a", pangkat: "IV/c", pendidikan: "S2", jurusan: "Pendidikan", birthDays: day("1969-06-01") };
const F: Person = { record: 5, nama: "F", nip: "198501012010011006", kotak: 9, nilaiTalenta: 88, eselon: "IV.a", pangkat: "III/d", pendidikan: "S1", jurusan: "Akuntansi", birthDays: day("1985-01-01"), hukdis: "Sedang" };
const G: Person = { ...A, record: 6, nama: "G", nip: "197501012000011007", kotak: 6 };
const H: Person = { ...A, record: 7, nama: "H", nip: undefined, nipStoredAsNumber: true };
const K: Person = { ...A, record: 9, nama: "K", nip: undefined, nipDuplicate: true, kotak: 5 };
const I: Person = { ...base, record: 10, nama: "I", nip: "196609101990031010", kotak: 9, nilaiTalenta: 90, eselon: "II.b", pangkat: "IV/c", pendidikan: "S2", birthDays: day("1966-09-10") };
const L: Person = { ...base, record: 11, nama: "L", nip: "198001012005011011", kotak: 9, nilaiTalenta: 81, eselon: "III.b", pangkat: "III/d", pendidikan: "S1", jurusan: "Ilmu Pemerintahan", birthDays: day("1980-01-01") };
const M: Person = { ...base, record: 12, nama: "M", nip: "198801012012011012", kotak: 7, nilaiTalenta: 60, eselon: "IV.b", pangkat: "III/d", pendidikan: "S1", jurusan: "Keuangan Daerah", birthDays: day("1988-01-01") };
const N: Person = { ...base, record: 13, nama: "N", nip: "196903201995031013", kotak: 5, eselon: "III.b", pangkat: "IV/a", pendidikan: "S1", birthDays: day("1969-03-20") };
const people = [A, B, C, D, E, F, G, H, K, I, L, M, N];

const positions: KeyPosition[] = [
  // P0: the incumbent I reaches 60 on 2026-09-10 (pensiun 2026-10-01, within a year of today).
  { jabatanTarget: "Kepala Dinas Pendidikan", jenjang: "JPT Pratama", eselon: "II.b", pangkatMinimal: "IV/c", pendidikanMinimal: "S1", rumpun: "Pendidikan", pemangkuNip: "19660910 199003 1 010", jumlahSuksesor: 2 },
  // P1: the incumbent is L (pool member), so L is not listed here.
  { jabatanTarget: "Kepala Bidang Anggaran", jenjang: "Administrator", eselon: "III.b", pangkatMinimal: "III/d", pendidikanMinimal: "S1", rumpun: "Keuangan", pemangkuNip: "'198001012005011011" },
  // P2: no Pangkat Minimal → II.b floor IV/b; incumbent NIP matches nobody.
  { jabatanTarget: "Inspektur", jenjang: "JPT Pratama", eselon: "II.b", pendidikanMinimal: "S1", rumpun: "Pengawasan", pemangkuNip: "199901012020011001", jumlahSuksesor: 3 },
  // P3: S3 required: only C qualifies.
  { jabatanTarget: "Sekretaris Dinas Kesehatan", jenjang: "Administrator", eselon: "III.a", pangkatMinimal: "IV/a", pendidikanMinimal: "S3", rumpun: "Kesehatan", jumlahSuksesor: 2 },
  // P4: as P3, but the incumbent N reaches 58 on 2027-03-20 (pensiun 2027-04-01) and nobody is Siap Sekarang.
  { jabatanTarget: "Kepala Bidang Data", jenjang: "Administrator", eselon: "III.b", pangkatMinimal: "III/d", pendidikanMinimal: "S3", rumpun: "Statistik", pemangkuNip: "196903201995031013", jumlahSuksesor: 1 },
];

const plan = planSuccession(people, positions, defaultSuccessionConfig, { today: new Date(2026, 5, 15), poolBoxes: [7, 8, 9] });

function names(list: { person: Person }[]): (string | undefined)[] {
  return list.map((c) => c.person.nama);
}

function at(i: number): PositionPlan {
  return plan.positions[i];
}

describe("RULES §8 planSuccession on a hand-made office", () => {
  it("places on 1 January of next year", () => {
    expect(plan.placementDate).toBe("2027-01-01");
  });

  it("leaves out the pool member whose NIP is stored as a number, with why", () => {
    expect(plan.excluded.map((x) => [x.person.nama, x.reasons])).toEqual([["H", ["nip-stored-as-number"]]]);
  });

  it("ranks Kepala Dinas Pendidikan: field fit first (A box 9, C box 7), then B who does not fit, cut to 2", () => {
    expect(names(at(0).candidates)).toEqual(["A", "C"]);
    expect(at(0).eligibleCount).toBe(3); // A, B, C
    expect(at(0).candidates.map((c) => [c.rank, c.readiness, c.fieldFit.fit])).toEqual([
      [1, "siap-sekarang", "fits"],
      [2, "siap-1-2-tahun", "fits"],
    ]);
  });

  it("finds the incumbent by NIP written with spaces and says BUP falls within a year", () => {
    const inc = at(0).incumbent!;
    expect(inc.person?.nama).toBe("I");
    expect(toIsoDate(inc.bupDays!)).toBe("2026-10-01");
    expect(inc.bupWithinYear).toBe(true);
  });

  it("keeps the Kepala Dinas bench Hijau: two candidates and A Siap Sekarang, despite the retiring incumbent", () => {
    expect(at(0).bench.strength).toBe("hijau");
  });

  it("lists near misses with fewest failures first, Belum Siap first among equals", () => {
    // D and L fail only pangkat (time-based, Belum Siap; D fits the field), E fails only usia (57), M twice, F three times.
    expect(names(at(0).nearMisses)).toEqual(["D", "L", "E"]);
    expect(at(0).nearMisses[0].readiness).toBe("belum-siap");
    expect(at(0).nearMisses[0].reasons.map((r) => r.reason.code)).toEqual(["pangkat-below-minimum"]);
    expect(at(0).nearMisses[2].readiness).toBeUndefined();
    expect(at(0).nearMisses[2].reasons.map((r) => r.reason.code)).toEqual(["usia-over-max"]);
  });

  it("never lists the incumbent for his own position", () => {
    expect(names([...at(0).candidates, ...at(0).nearMisses])).not.toContain("I");
    expect(names([...at(1).candidates, ...at(1).nearMisses])).not.toContain("L");
  });

  it("ranks Kepala Bidang Anggaran: M fits (Keuangan Daerah), then box 9 by Nilai Talenta (D 90, A 75)", () => {
    expect(names(at(1).candidates)).toEqual(["M", "D", "A"]);
    expect(at(1).eligibleCount).toBe(5); // M, D, A, B, C
    expect(at(1).siapSekarangCount).toBe(3); // D and A (box 9), B (box 8, Nilai Talenta 85), B unlisted
    expect(at(1).candidates[0].readiness).toBe("siap-1-2-tahun");
    expect(at(1).bench.strength).toBe("hijau");
  });

  it("shows an undated hukuman disiplin sedang as a stated reason and leaves a JPT out of Administrator near misses", () => {
    // F (box 9) and E (box 8) each fail one rule; I (JPT Pratama) is above the target and not a near miss.
    expect(names(at(1).nearMisses)).toEqual(["F", "E"]);
    expect(at(1).nearMisses[0].reasons).toEqual([
      { rule: "hukdis", pass: false, timeBased: false, reason: { code: "hukdis-date-missing", data: { tingkat: "sedang" } } },
    ]);
    expect(at(1).nearMisses[1].reasons.map((r) => r.reason.code)).toEqual(["bup-too-close"]);
  });

  it("applies the II.b floor IV/b to Inspektur and reports an incumbent NIP that matches nobody", () => {
    expect(names(at(2).candidates)).toEqual(["D", "A", "B"]);
    expect(at(2).candidates[0].rules[0].reason).toEqual({
      code: "pangkat-meets-minimum",
      data: { pangkat: "IV/b", minimum: "IV/b", source: "eselon" },
    });
    expect(at(2).incumbent).toEqual({ nip: "199901012020011001", person: undefined, bupWithinYear: "unknown" });
    expect(at(2).bench.strength).toBe("hijau");
  });

  it("is Kuning with one Siap 1–2 Tahun candidate out of two wanted", () => {
    expect(names(at(3).candidates)).toEqual(["C"]);
    expect(at(3).bench).toEqual({ strength: "kuning", reason: "some-candidates" });
    expect(names(at(3).nearMisses)).toEqual(["D", "A", "B"]); // one failure each (pendidikan), box 9 by NT, then box 8
  });

  it("is Merah when the incumbent retires within a year and no candidate is Siap Sekarang", () => {
    expect(names(at(4).candidates)).toEqual(["C"]);
    expect(at(4).incumbent?.bupWithinYear).toBe(true);
    expect(at(4).bench).toEqual({ strength: "merah", reason: "incumbent-bup-without-siap-sekarang" });
  });

  it("tells, per candidate, for how many positions they are listed", () => {
    const count = (name: string) =>
      plan.positions.flatMap((p) => p.candidates).find((c) => c.person.nama === name)!.positionCount;
    expect(count("A")).toBe(3); // P0, P1, P2
    expect(count("C")).toBe(3); // P0, P3, P4
    expect(count("D")).toBe(2); // P1, P2
    expect(count("B")).toBe(1); // P2
    expect(count("M")).toBe(1); // P1
  });

  it("lists nobody outside the talent pool", () => {
    const listed = plan.positions.flatMap((p) => [...p.candidates, ...p.nearMisses]).map((c) => c.person.nama);
    expect(listed).not.toContain("G");
    expect(listed).not.toContain("K");
    expect(listed).not.toContain("N");
  });

  it("uses the configured number of near misses and the default Jumlah Suksesor", () => {
    const one = planSuccession(people, [positions[1]], { ...defaultSuccessionConfig, nearMisses: 1, defaultJumlahSuksesor: 2 }, {
      today: new Date(2026, 5, 15),
      poolBoxes: [7, 8, 9],
    });
    expect(one.positions[0].jumlahSuksesor).toBe(2);
    expect(names(one.positions[0].candidates)).toEqual(["M", "D"]);
    expect(names(one.positions[0].nearMisses)).toEqual(["F"]);
  });
});

describe("RULES §6, §8: only a NIP stored as a number leaves a pool member out of succession tables", () => {
  // Each a copy of A, who passes every rule for Inspektur (P2), the birth date as from a Tanggal Lahir column:
  // the two copies of a duplicated NIP, an invalid NIP, an empty NIP, and a NIP stored as a number.
  const copy1: Person = { ...A, record: 0, nama: "A1", nipDuplicate: true };
  const copy2: Person = { ...A, record: 1, nama: "A2", nipDuplicate: true };
  const invalid: Person = { ...A, record: 2, nama: "X", nip: undefined, nipInvalid: true };
  const missing: Person = { ...A, record: 3, nama: "Y", nip: undefined };
  const stored: Person = { ...A, record: 4, nama: "H", nip: undefined, nipStoredAsNumber: true };
  const flagged = planSuccession([copy1, copy2, invalid, missing, stored], [{ ...positions[2], jumlahSuksesor: 5 }], defaultSuccessionConfig, {
    today: new Date(2026, 5, 15),
    poolBoxes: [7, 8, 9],
  });

  it("leaves out only the NIP stored as a number", () => {
    expect(flagged.excluded.map((x) => [x.person.nama, x.reasons])).toEqual([["H", ["nip-stored-as-number"]]]);
  });

  it("lists both copies of a duplicate, the invalid and the empty NIP as candidates (equal in every key: sheet order)", () => {
    const p = flagged.positions[0];
    expect(names(p.candidates)).toEqual(["A1", "A2", "X", "Y"]);
    expect(p.eligibleCount).toBe(4);
    expect(p.candidates.every((c) => c.readiness === "siap-sekarang")).toBe(true);
    expect(names(p.nearMisses)).toEqual([]);
  });
});
