import { describe, expect, it } from "vitest";
import { classifyTable, kotakCounts, poolCounts } from "../../../src/domain/classify";
import { defaultConfig, type InputConfig, type TalentaConfig } from "../../../src/domain/config";
import type { Issue } from "../../../src/domain/issues";
import { makeTable } from "./make-table";

const codes = (issues: Issue[]) => issues.map((i) => [i.code, i.cell]);

function scored(config: TalentaConfig, axis: "kinerja" | "potensial", inputs: InputConfig[]): TalentaConfig {
  return { ...config, preset: "custom", [axis]: { kind: "scored", inputs } };
}

describe("RULES §2 skor-sumbu: the sheet's own 0–100 scores", () => {
  // columns: A nilaiKinerja, B nilaiPotensial; records from row 2
  const t = makeTable({
    columns: {
      nilaiKinerja: [80, 79.99, 60, 59.99, 100, 0],
      nilaiPotensial: [80, 80, 79.99, 60, 59.99, 100],
    },
  });
  const c = classifyTable(t, defaultConfig("skor-sumbu"));
  it("places each row by the RULES §1 table with inclusive cuts 80/60", () => {
    // (3,3)=9, (2,3)=8, (2,2)=5, (1,2)=3, (3,1)=4, (1,3)=6
    expect(Array.from(c.kotak)).toEqual([9, 8, 5, 3, 4, 6]);
    expect(Array.from(c.kinerjaLevel)).toEqual([3, 2, 2, 1, 3, 1]);
    expect(Array.from(c.potensialLevel)).toEqual([3, 3, 2, 2, 1, 3]);
  });
  it("keeps the scores unrounded and gives Nilai Talenta as their mean", () => {
    expect(c.kinerjaScore[1]).toBe(79.99);
    expect(c.nilaiTalenta[1]).toBeCloseTo((79.99 + 80) / 2, 12);
  });
  it("raises no issue for clean data", () => expect(c.issues).toEqual([]));
  it("counts rows per kotak and per pool (kotak 9 in Nasional, 8 in Instansi)", () => {
    expect(Array.from(kotakCounts(c))).toEqual([0, 0, 0, 1, 1, 1, 1, 0, 1, 1]);
    expect(poolCounts(c, defaultConfig("skor-sumbu"))).toEqual({ instansi: 1, nasional: 1, total: 2 });
  });
});

describe("RULES §2 tolerance in weighted sums", () => {
  it("counts 60%·80 + 40%·80 as 80 (level 3)", () => {
    const t = makeTable({ columns: { nilaiKinerja: [80], nilaiSkp: [80], nilaiPotensial: [50] } });
    const config = scored(defaultConfig("skor-sumbu"), "kinerja", [
      { id: "a", label: "A", weight: 60, source: { kind: "field", field: "nilaiKinerja" } },
      { id: "b", label: "B", weight: 40, source: { kind: "field", field: "nilaiSkp" } },
    ]);
    const c = classifyTable(t, config);
    expect(c.kinerjaLevel[0]).toBe(3);
    expect(c.kotak[0]).toBe(4);
  });
});

describe("RULES §3 scales of numeric SKP and ratings", () => {
  const base = defaultConfig("skor-sumbu");
  it("scales SKP 0–120 by 100/120: 96 is 80 (Di Atas), 120 is 100, 121 is out of scale", () => {
    const t = makeTable({ columns: { nilaiSkp: [96, 120, 121], nilaiPotensial: [70, 70, 70] } });
    const c = classifyTable(t, scored(base, "kinerja", [
      { id: "skp", label: "SKP", weight: 100, source: { kind: "field", field: "nilaiSkp", scale: "0-120" } },
    ]));
    expect(c.kinerjaScore[0]).toBeCloseTo(80, 12);
    expect(c.kinerjaLevel[0]).toBe(3);
    expect(c.kinerjaScore[1]).toBeCloseTo(100, 12);
    expect(c.kotak[2]).toBe(0);
    expect(c.issues).toMatchObject([{ code: "out-of-scale", cell: "A4", severity: "error", input: 121, data: { max: 120 } }]);
  });
  it("scales 1–5 ratings by 20: 4 is 80; 0 and 5.5 are out of scale", () => {
    const t = makeTable({ columns: { nilaiKinerja: [70, 70, 70], nilaiPotensi: [4, 0, 5.5] } });
    const c = classifyTable(t, scored(base, "potensial", [
      { id: "p", label: "P", weight: 100, source: { kind: "field", field: "nilaiPotensi", scale: "1-5" } },
    ]));
    expect(c.potensialScore[0]).toBe(80);
    expect(Array.from(c.kotak)).toEqual([8, 0, 0]);
    expect(codes(c.issues)).toEqual([["out-of-scale", "B3"], ["out-of-scale", "B4"]]);
  });
});

describe("RULES §3 predikat years", () => {
  const predikatOnly = scored(defaultConfig("skor-sumbu"), "kinerja", [
    { id: "predikat", label: "Predikat", weight: 100, source: { kind: "predikatPoints" } },
  ]);
  // A nilaiPotensial, B predikat 2023, C predikat 2024
  const t = makeTable({ columns: { nilaiPotensial: [70, 70] }, predikatYears: { 2023: ["Sangat Baik", "Baik"], 2024: ["Kurang", "-"] } });
  it("counts the latest year: 2023 Sangat Baik, 2024 Kurang gives 40 points (Di Bawah)", () => {
    const c = classifyTable(t, predikatOnly);
    expect(c.kinerjaScore[0]).toBe(40);
    expect(c.kotak[0]).toBe(3);
  });
  it("does not fall back to 2023 when the 2024 cell is '-': the row names the 2024 cell", () => {
    const c = classifyTable(t, predikatOnly);
    expect(c.kotak[1]).toBe(0);
    expect(c.issues).toMatchObject([{ code: "missing-value", cell: "C3", field: "predikat", row: 1 }]);
  });
  it("averages years with weights when configured: 40%·100 + 60%·40 = 64 (Sesuai)", () => {
    const c = classifyTable(t, { ...predikatOnly, predikatYears: { mode: "weighted", weights: { "2023": 40, "2024": 60 } } });
    expect(c.kinerjaScore[0]).toBeCloseTo(64, 12);
    expect(c.kinerjaLevel[0]).toBe(2);
  });
  it("reads the latest predikat as a level in permenpan-3-2020: 2023 Sangat Baik, 2024 Baik is Sesuai", () => {
    const t2 = makeTable({
      columns: { asesmen: [90], rekamJejak: [90], pertimbanganLainnya: [90] },
      predikatYears: { 2023: ["Sangat Baik"], 2024: ["Baik"] },
    });
    const c = classifyTable(t2, defaultConfig("permenpan-3-2020"));
    expect(c.kinerjaLevel[0]).toBe(2);
    expect(c.kotak[0]).toBe(8);
    expect(Number.isNaN(c.kinerjaScore[0])).toBe(true);
    expect(Number.isNaN(c.nilaiTalenta[0])).toBe(true);
  });
});

describe("RULES §5 permenpan-3-2020: the columns decide the Asesmen formula", () => {
  const config = defaultConfig("permenpan-3-2020");
  it("uses a single assessment column when there is one: 50%·80 + 40%·70 + 10%·60 = 74 (Menengah)", () => {
    const t = makeTable({ columns: { predikat: ["Sangat Baik"], asesmen: [80], rekamJejak: [70], pertimbanganLainnya: [60] } });
    const c = classifyTable(t, config);
    expect(c.potensialScore[0]).toBeCloseTo(74, 12);
    expect(c.kotak[0]).toBe(7);
  });
  it("uses the mean of Nilai Potensi and JPM capped at 100: JPM 130 → Asesmen (70 + 100)/2 = 85; X = 42.5 + 32 + 9 = 83.5", () => {
    const t = makeTable({ columns: { predikat: ["Baik"], nilaiPotensi: [70], jpm: [130], rekamJejak: [80], pertimbanganLainnya: [90] } });
    const c = classifyTable(t, config);
    expect(c.potensialScore[0]).toBeCloseTo(83.5, 12);
    expect(c.kotak[0]).toBe(8);
    expect(c.issues).toEqual([]);
  });
  it("uses Nilai Potensi alone when there is no JPM column: 60 gives X = 60 (Menengah, on the cut)", () => {
    const t = makeTable({ columns: { predikat: ["Butuh Perbaikan"], nilaiPotensi: [60], rekamJejak: [60], pertimbanganLainnya: [60] } });
    const c = classifyTable(t, config);
    expect(c.potensialLevel[0]).toBe(2);
    expect(c.kotak[0]).toBe(3);
  });
  it("does not classify a row missing JPM when the sheet has both columns, naming the JPM cell", () => {
    // A predikat, B nilaiPotensi, C jpm, D rekamJejak, E pertimbanganLainnya
    const t = makeTable({ columns: { predikat: ["Baik"], nilaiPotensi: [90], jpm: [null], rekamJejak: [80], pertimbanganLainnya: [80] } });
    const c = classifyTable(t, config);
    expect(c.kotak[0]).toBe(0);
    expect(c.issues).toEqual([
      { code: "missing-value", severity: "error", row: 0, cell: "C2", field: "jpm", data: { input: "asesmen" } },
    ]);
  });
  it("prefers the assessment column over Nilai Potensi and JPM, even in a row where it is empty", () => {
    const t = makeTable({ columns: { predikat: ["Baik"], asesmen: [null], nilaiPotensi: [90], jpm: [90], rekamJejak: [80], pertimbanganLainnya: [80] } });
    const c = classifyTable(t, config);
    expect(codes(c.issues)).toEqual([["missing-value", "B2"]]);
  });
  it("keeps JPM up to 200 (capped at 100) and refuses JPM 200.5 as out of scale, naming the cell", () => {
    const t = makeTable({ columns: { predikat: ["Baik", "Baik"], jpm: [200, 200.5], rekamJejak: [80, 80], pertimbanganLainnya: [80, 80] } });
    const c = classifyTable(t, config);
    expect(c.potensialScore[0]).toBeCloseTo(50 + 32 + 8, 12);
    expect(c.kotak[1]).toBe(0);
    expect(c.issues).toMatchObject([{ code: "out-of-scale", cell: "B3", field: "jpm", input: 200.5, data: { max: 200 } }]);
  });
});

describe("RULES §4 JPM cap in a configuration that does not declare it", () => {
  it("counts JPM 150 as 100 and refuses 201 even when the input names only the field", () => {
    const t = makeTable({ columns: { nilaiKinerja: [70, 70], jpm: [150, 201] } });
    const c = classifyTable(t, scored(defaultConfig("skor-sumbu"), "potensial", [
      { id: "jpm", label: "JPM", weight: 100, source: { kind: "field", field: "jpm" } },
    ]));
    expect(c.potensialScore[0]).toBe(100);
    expect(c.kotak[0]).toBe(8);
    expect(c.issues).toMatchObject([{ code: "out-of-scale", cell: "B3", data: { max: 200 } }]);
  });
});

describe("RULES §5 bkn-411-2025 derived inputs and Nilai Talenta", () => {
  const config = defaultConfig("bkn-411-2025");
  it("derives Kompetensi (20·70 + 10·90 + 10·50)/40 = 70 and Kualifikasi (10·80 + 10·100)/20 = 90", () => {
    const t = makeTable({
      columns: {
        predikat: ["Baik"], penghargaan: [100], penugasanTimKerja: [60], umpanBalik360: [90],
        penilaianKompetensi: [70], pengembanganKompetensi: [90], pengalamanJabatan: [50], nilaiPotensi: [80],
        tingkatPendidikan: [80], kesesuaianBidangIlmu: [100], integritasMoralitas: [100],
      },
    });
    const c = classifyTable(t, config);
    // Y = 0.6·80 + 0.15·100 + 0.15·60 + 0.1·90 = 48 + 15 + 9 + 9 = 81
    expect(c.kinerjaScore[0]).toBeCloseTo(81, 12);
    // X = 0.4·70 + 0.25·80 + 0.2·90 + 0.15·100 = 28 + 20 + 18 + 15 = 81
    expect(c.potensialScore[0]).toBeCloseTo(81, 12);
    expect(c.kotak[0]).toBe(9);
    expect(c.nilaiTalenta[0]).toBeCloseTo(81, 12);
  });
  it("uses the Kompetensi and Kualifikasi columns when the parts are absent", () => {
    const t = makeTable({
      columns: {
        predikat: ["Sangat Kurang"], penghargaan: [0], penugasanTimKerja: [0], umpanBalik360: [0],
        kompetensi: [75], nilaiPotensi: [50], kualifikasi: [60], integritasMoralitas: [40],
      },
    });
    const c = classifyTable(t, config);
    // Y = 0.6·20 = 12 (Di Bawah); X = 30 + 12.5 + 12 + 6 = 60.5 (Menengah) → kotak 3
    expect(c.kinerjaScore[0]).toBeCloseTo(12, 12);
    expect(c.potensialScore[0]).toBeCloseTo(60.5, 12);
    expect(c.kotak[0]).toBe(3);
    // 0.5·12 + 0.5·60.5
    expect(c.nilaiTalenta[0]).toBeCloseTo(36.25, 12);
  });
});

describe("RULES §1 kategori: the sheet's own labels", () => {
  it("reads label variants into boxes", () => {
    const t = makeTable({
      columns: {
        kategoriKinerja: ["Diatas Ekspektasi", "SESUAI EKSPEKTASI", "Dibawah Ekspektasi", "High"],
        kategoriPotensial: ["Tinggi", "sedang", "potensial rendah", "Low"],
      },
    });
    const c = classifyTable(t, defaultConfig("kategori"));
    expect(Array.from(c.kotak)).toEqual([9, 5, 1, 4]);
    expect(Number.isNaN(c.nilaiTalenta[0])).toBe(true);
  });
  it("does not classify an unknown label and names its cell", () => {
    const t = makeTable({ columns: { kategoriKinerja: ["Luar Biasa"], kategoriPotensial: ["Tinggi"] } });
    const c = classifyTable(t, defaultConfig("kategori"));
    expect(c.kotak[0]).toBe(0);
    expect(c.issues).toEqual([
      { code: "unknown-label", severity: "error", row: 0, cell: "A2", field: "kategoriKinerja", input: "Luar Biasa", data: { input: "kategoriKinerja" } },
    ]);
  });
});

describe("RULES §5, §6 issues the table already holds", () => {
  it("raises the table's not-a-number warning to an error when the value is needed, without a second issue", () => {
    const warning: Issue = { code: "not-a-number", severity: "warning", row: 0, cell: "A2", field: "nilaiKinerja", input: "delapan puluh" };
    const t = makeTable({ columns: { nilaiKinerja: [null], nilaiPotensial: [90] }, issues: [warning] });
    const c = classifyTable(t, defaultConfig("skor-sumbu"));
    expect(c.kotak[0]).toBe(0);
    expect(c.issues).toEqual([{ ...warning, severity: "error", data: { input: "nilaiKinerja" } }]);
  });
  it("leaves a not-a-number warning in a column no input needs as a warning, and classifies the row", () => {
    const warning: Issue = { code: "not-a-number", severity: "warning", row: 0, cell: "C2", field: "jpm", input: "x" };
    const t = makeTable({ columns: { nilaiKinerja: [90], nilaiPotensial: [90], jpm: [null] }, issues: [warning] });
    const c = classifyTable(t, defaultConfig("skor-sumbu"));
    expect(c.kotak[0]).toBe(9);
    expect(c.issues).toEqual([warning]);
  });
  it("does not classify a row the table marked with an error", () => {
    const error: Issue = { code: "invalid-date", severity: "error", row: 0, cell: "C2", field: "tanggalLahir" };
    const t = makeTable({ columns: { nilaiKinerja: [90], nilaiPotensial: [90] }, issues: [error] });
    expect(classifyTable(t, defaultConfig("skor-sumbu")).kotak[0]).toBe(0);
  });
  it("gives every row a missing-column error when the configuration needs a column the sheet lacks", () => {
    const t = makeTable({ columns: { nilaiKinerja: [90, 50] } });
    const c = classifyTable(t, defaultConfig("skor-sumbu"));
    expect(Array.from(c.kotak)).toEqual([0, 0]);
    expect(c.issues.map((i) => [i.code, i.row, i.field])).toEqual([
      ["missing-column", 0, "nilaiPotensial"],
      ["missing-column", 1, "nilaiPotensial"],
    ]);
  });
});

describe("RULES §6 NIP checks", () => {
  const scores = (n: number) => ({ nilaiKinerja: Array(n).fill(90), nilaiPotensial: Array(n).fill(90) });
  it("flags an invalid NIP, an empty NIP and every copy of a duplicate as warnings, and still classifies them", () => {
    // A nip, B nilaiKinerja, C nilaiPotensial
    const t = makeTable({
      columns: {
        nip: ["19860926 201505 1 001", "199001012007011001", null, "'198609262015051001", "198802292010012003"],
        ...scores(5),
      },
    });
    const c = classifyTable(t, defaultConfig("skor-sumbu"));
    expect(Array.from(c.kotak)).toEqual([9, 9, 9, 9, 9]);
    expect(c.issues.map((i) => [i.code, i.severity, i.cell, i.data])).toEqual([
      ["nip-duplicate", "warning", "A2", { copies: 2 }],
      ["nip-invalid", "warning", "A3", { reason: "tmt" }],
      ["nip-missing", "warning", "A4", undefined],
      ["nip-duplicate", "warning", "A5", { copies: 2 }],
    ]);
  });
  it("does not add nip-invalid or nip-missing to a row whose NIP the table says was stored as a number", () => {
    // RULES §6: the table files it as an error, and the row is still classified.
    const stored: Issue = { code: "nip-stored-as-number", severity: "error", row: 0, cell: "A2", field: "nip", input: 198609262015051000 };
    const t = makeTable({ columns: { nip: ["198609262015051000"], ...scores(1) }, issues: [stored] });
    const c = classifyTable(t, defaultConfig("skor-sumbu"));
    expect(c.issues).toEqual([stored]);
    expect(c.kotak[0]).toBe(9);
  });
  it("checks nothing when the sheet has no NIP column", () =>
    expect(classifyTable(makeTable({ columns: scores(2) }), defaultConfig("skor-sumbu")).issues).toEqual([]));
});
