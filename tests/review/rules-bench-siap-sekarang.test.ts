// Regression (RULES audit): bench strength looks at every candidate, not only the ones listed.
//
// RULES §8: "Candidates: classified rows in the talent pool (boxes 7, 8, 9) that pass every eligibility rule" and
// "Bench strength per position: Hijau — at least Jumlah Suksesor candidates and one Siap Sekarang; … Merah — none,
// or the incumbent reaches BUP within a year with no Siap Sekarang candidate." A Siap Sekarang candidate who ranks
// below the Top *Jumlah Suksesor* (here: a box 9 whose field does not fit) is still a candidate, so the bench is
// Hijau, and not Merah when the incumbent retires.
import { describe, expect, it } from "vitest";
import { defaultSuccessionConfig } from "../../src/domain/succession/config";
import { parseIsoDate } from "../../src/domain/succession/dates";
import { planSuccession } from "../../src/domain/succession/plan";
import type { KeyPosition, Person } from "../../src/domain/succession/types";

const day = (iso: string) => parseIsoDate(iso)!;
const TODAY = new Date(2026, 0, 10); // placement 2027-01-01

// Both are Pengawas (IV.a), IV/a, S1, born 1980: they pass every rule for an Administrator post (III.a).
const common = { eselon: "IV.a", pangkat: "IV/a", pendidikan: "S1", hukdis: "Tidak ada", birthDays: day("1980-01-01") };
// Box 7, Nilai Talenta 70: Siap 1–2 Tahun; studied law, so the field fits and ranks first.
const A: Person = { ...common, record: 0, nama: "A", nip: "198001012005011001", kotak: 7, nilaiTalenta: 70, jurusan: "Ilmu Hukum" };
// Box 9: Siap Sekarang; studied civil engineering, so the field does not fit and ranks second.
const B: Person = { ...common, record: 1, nama: "B", nip: "198001012005011002", kotak: 9, nilaiTalenta: 90, jurusan: "Teknik Sipil" };
// The incumbent, outside the pool, reaches 58 on 2026-06-15: within a year of today.
const I: Person = { record: 2, nama: "I", nip: "196806152000011003", kotak: 5, eselon: "III.a", birthDays: day("1968-06-15") };

const post: KeyPosition = { jabatanTarget: "Kepala Bagian Hukum", eselon: "III.a", pangkatMinimal: "III/d", pendidikanMinimal: "S1", rumpun: "Hukum", jumlahSuksesor: 1 };

function plan(position: KeyPosition) {
  return planSuccession([A, B, I], [position], defaultSuccessionConfig, { today: TODAY, poolBoxes: [7, 8, 9] }).positions[0];
}

describe("review (RULES §8): bench strength counts every candidate", () => {
  it("has two candidates, one of them (B, box 9) Siap Sekarang, and lists A first", () => {
    const p = plan(post);
    expect(p.eligibleCount).toBe(2);
    expect(p.candidates.map((c) => c.person.nama)).toEqual(["A"]);
  });

  it("is Hijau: at least Jumlah Suksesor (1) candidates and one Siap Sekarang", () => {
    expect(plan(post).bench.strength).toBe("hijau");
  });

  it("is not Merah when the incumbent retires within a year, because B is a Siap Sekarang candidate", () => {
    const p = plan({ ...post, pemangkuNip: "196806152000011003" });
    expect(p.incumbent?.bupWithinYear).toBe(true);
    expect(p.bench.strength).not.toBe("merah");
  });
});
