import { describe, expect, it } from "vitest";
import { KOTAK_INFO, kotakOf, levelOf, levelsOfKotak, poolOf, POOL_LABELS } from "../../../src/domain/ninebox";

const cuts = { mid: 60, high: 80 };
const pool = { pool: { instansi: [7, 8, 9], nasional: [9] } };

describe("RULES §2 cuts: from scores to levels", () => {
  it("puts a score of 80 in level 3 (Tinggi / Di Atas)", () => expect(levelOf(80, cuts)).toBe(3));
  it("puts 79.99 in level 2 (Menengah / Sesuai)", () => expect(levelOf(79.99, cuts)).toBe(2));
  it("puts 60 in level 2 and 59.99 in level 1", () => {
    expect(levelOf(60, cuts)).toBe(2);
    expect(levelOf(59.99, cuts)).toBe(1);
  });
  it("puts 100 in level 3 and 0 in level 1", () => {
    expect(levelOf(100, cuts)).toBe(3);
    expect(levelOf(0, cuts)).toBe(1);
  });
  it("counts 0.6·80 + 0.4·80 as 80", () => expect(levelOf(0.6 * 80 + 0.4 * 80, cuts)).toBe(3));
  it("counts a score a rounding error below the cut (80 − 1e-12) as reaching it", () =>
    expect(levelOf(80 - 1e-12, cuts)).toBe(3));
  it("does not count 80 − 1e-6 as 80: the tolerance is 1e-9, not a rounding to 2 decimals", () =>
    expect(levelOf(80 - 1e-6, cuts)).toBe(2));
  it("does not round: 79.996 (shown as 80.00) is still level 2", () => expect(levelOf(79.996, cuts)).toBe(2));
  it("gives level 0 (not determined) to a missing score", () => expect(levelOf(NaN, cuts)).toBe(0));
  it("follows configured cuts (Manado potensial 77/68)", () => {
    expect(levelOf(77, { mid: 68, high: 77 })).toBe(3);
    expect(levelOf(67.9, { mid: 68, high: 77 })).toBe(1);
  });
});

describe("RULES §1 grid: box from (kinerja, potensial)", () => {
  const table: [number, number, number][] = [
    // [kinerja, potensial, kotak] from the RULES §1 table
    [3, 1, 4], [3, 2, 7], [3, 3, 9],
    [2, 1, 2], [2, 2, 5], [2, 3, 8],
    [1, 1, 1], [1, 2, 3], [1, 3, 6],
  ];
  it.each(table)("puts kinerja %i with potensial %i in kotak %i", (k, p, kotak) => {
    expect(kotakOf(k as 1, p as 1)).toBe(kotak);
    expect(levelsOfKotak(kotak as 1)).toEqual({ kinerja: k, potensial: p });
  });
  it("gives no box (0) when a level is not determined", () => {
    expect(kotakOf(0, 3)).toBe(0);
    expect(kotakOf(3, 0)).toBe(0);
  });
});

describe("RULES §1 category text and recommendations (reference §1.2)", () => {
  it("names kotak 9 'Kinerja di atas ekspektasi dan potensial tinggi' with its three recommendations", () => {
    expect(KOTAK_INFO[9].kategori.id).toBe("Kinerja di atas ekspektasi dan potensial tinggi");
    expect(KOTAK_INFO[9].rekomendasi.id).toEqual([
      "Dipromosikan dan dipertahankan",
      "Masuk Kelompok Rencana Suksesi Instansi/Nasional",
      "Penghargaan",
    ]);
  });
  it("names kotak 1 with 'Diproses sesuai ketentuan peraturan perundangan'", () => {
    expect(KOTAK_INFO[1].kategori.id).toBe("Kinerja di bawah ekspektasi dan potensial rendah");
    expect(KOTAK_INFO[1].rekomendasi.id).toEqual(["Diproses sesuai ketentuan peraturan perundangan"]);
  });
  it("gives kotak 7 Rotasi/Pengayaan jabatan and kotak 8 Rotasi/Perluasan jabatan", () => {
    expect(KOTAK_INFO[7].rekomendasi.id).toContain("Rotasi/Pengayaan jabatan");
    expect(KOTAK_INFO[7].rekomendasi.id).toContain("Tugas belajar");
    expect(KOTAK_INFO[8].rekomendasi.id).toContain("Rotasi/Perluasan jabatan");
  });
  it("writes each category from the box's own levels (di bawah/sesuai/di atas, rendah/menengah/tinggi)", () => {
    const k = ["di bawah", "sesuai", "di atas"];
    const p = ["rendah", "menengah", "tinggi"];
    for (let box = 1; box <= 9; box++) {
      const l = levelsOfKotak(box as 1);
      expect(KOTAK_INFO[box as 1].kategori.id).toBe(`Kinerja ${k[l.kinerja - 1]} ekspektasi dan potensial ${p[l.potensial - 1]}`);
    }
  });
  it("has an English text with as many recommendation items as the Indonesian one, for every box", () => {
    for (let box = 1; box <= 9; box++) {
      const info = KOTAK_INFO[box as 1];
      expect(info.kategori.en.length).toBeGreaterThan(0);
      expect(info.rekomendasi.en).toHaveLength(info.rekomendasi.id.length);
    }
  });
});

describe("RULES §1 talent pool (Kelompok Rencana Suksesi)", () => {
  it("puts kotak 9 in the Nasional pool (Nasional wins over Instansi)", () => expect(poolOf(9, pool)).toBe("nasional"));
  it("puts kotak 7 and 8 in the Instansi pool", () => {
    expect(poolOf(7, pool)).toBe("instansi");
    expect(poolOf(8, pool)).toBe("instansi");
  });
  it("leaves kotak 1–6 and unclassified rows out of the pool", () => {
    for (const k of [0, 1, 2, 3, 4, 5, 6] as const) expect(poolOf(k, pool)).toBeUndefined();
  });
  it("follows configured pool boxes (strict reading: only box 9 is talent)", () =>
    expect(poolOf(8, { pool: { instansi: [9], nasional: [] } })).toBeUndefined());
  it("labels the pools in both languages", () => {
    expect(POOL_LABELS.nasional.id).toBe("Kelompok Rencana Suksesi Nasional");
    expect(POOL_LABELS.instansi.en).toBe("Agency succession group");
  });
});
