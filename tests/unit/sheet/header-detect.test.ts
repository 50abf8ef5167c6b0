import { describe, expect, it } from "vitest";
import { detectKeyedHeader } from "../../../src/sheet/header-detect";
import { FIELD_SYNONYMS, OTHER_HEADERS } from "../../../src/sheet/synonyms";
import { gridOf } from "./grid";
import { loadFixtureGrid } from "./load-fixture-grid";

const talenta = { otherHeaders: OTHER_HEADERS, yearlyKeys: ["predikat"] as const };
const keys = (h: ReturnType<typeof detectKeyedHeader<string>>) => h?.columns.map((c) => c.key ?? null);

describe("RULES §6 the header may sit below title rows", () => {
  it("finds the header on row 5 under three title rows and a blank one", () => {
    const grid = gridOf([
      ["PEMETAAN TALENTA PEJABAT ADMINISTRATOR"],
      ["PEMERINTAH KABUPATEN SUKAMAJU"],
      ["TAHUN 2025"],
      [],
      ["No", "NIP", "Nama", "Nilai Kinerja"],
      [1, "197508062006012007", "Ani", 80],
    ]);
    const h = detectKeyedHeader(grid, FIELD_SYNONYMS, talenta);
    expect(h?.headerRows).toEqual([4]);
    expect(h?.firstDataRow).toBe(5);
    expect(keys(h)).toEqual([null, "nip", "nama", "nilaiKinerja"]);
  });

  it("does not take a title that names one field for the header", () => {
    const grid = gridOf([["DATA NILAI KINERJA PEGAWAI"], ["NIP", "Nama", "Nilai Kinerja"], ["1975", "Ani", 80]]);
    expect(detectKeyedHeader(grid, FIELD_SYNONYMS, talenta)?.headerRows).toEqual([1]);
  });

  it("needs two header words: a row with one is no header", () => {
    expect(detectKeyedHeader(gridOf([["Nama"], ["Ani"]]), FIELD_SYNONYMS, talenta)).toBeUndefined();
    expect(detectKeyedHeader(gridOf([["No", "Nama"], [1, "Ani"]]), FIELD_SYNONYMS, talenta)?.headerRows).toEqual([0]);
  });

  it("looks no further than the first 30 rows", () => {
    const rows = [...Array.from({ length: 30 }, () => ["judul"]), ["NIP", "Nama"], ["1975", "Ani"]];
    expect(detectKeyedHeader(gridOf(rows), FIELD_SYNONYMS, talenta)).toBeUndefined();
    expect(detectKeyedHeader(gridOf(rows.slice(1)), FIELD_SYNONYMS, talenta)?.headerRows).toEqual([29]);
  });

  it("uses the header row it is given, even without header words", () => {
    const h = detectKeyedHeader(gridOf([["a", "b"], ["x", "y"], ["1", "2"]]), FIELD_SYNONYMS, { ...talenta, headerRow: 1 });
    expect(h?.headerRows).toEqual([1]);
    expect(h?.firstDataRow).toBe(2);
  });
});

describe("RULES §6 two-row headers", () => {
  // Rows 5–6 of pemetaan-administrator-2025, as merged there.
  const twoRow = () =>
    gridOf(
      [
        ["No", "NIP", "Predikat Kinerja", null, "Hasil Asesmen", null, "Keterangan"],
        [null, null, "2023", "2024", "Nilai Potensi", "JPM (%)", null],
        [1, "197508062006012007", "Baik", "Sangat Baik", 70, 0.8, null],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2"] },
    );

  it("joins a merged group to each year under it: Predikat Kinerja 2023 | 2024", () => {
    const h = detectKeyedHeader(twoRow(), FIELD_SYNONYMS, talenta)!;
    expect(h.headerRows).toEqual([0, 1]);
    expect(h.firstDataRow).toBe(2);
    expect(h.columns[2]).toMatchObject({ col: 2, header: "Predikat Kinerja 2023", key: "predikat", year: 2023 });
    expect(h.columns[3]).toMatchObject({ col: 3, header: "Predikat Kinerja 2024", key: "predikat", year: 2024 });
  });

  it("lets the sub-header decide under Hasil Asesmen: Nilai Potensi and JPM", () => {
    const h = detectKeyedHeader(twoRow(), FIELD_SYNONYMS, talenta)!;
    expect(h.columns[4]).toMatchObject({ header: "Hasil Asesmen Nilai Potensi", key: "nilaiPotensi" });
    expect(h.columns[5]).toMatchObject({ header: "Hasil Asesmen JPM (%)", key: "jpm" });
    expect(h.columns[6]).toMatchObject({ header: "Keterangan" });
    expect(h.columns[6].key).toBeUndefined();
  });

  it("reads an unmerged group the same way (group name left, empty cell right)", () => {
    const grid = gridOf([
      ["NIP", "Nama", "Predikat Kinerja", null],
      [null, null, "2023", "2024"],
      ["197508062006012007", "Ani", "Baik", "Baik"],
    ]);
    const h = detectKeyedHeader(grid, FIELD_SYNONYMS, talenta)!;
    expect(h.headerRows).toEqual([0, 1]);
    expect(h.columns.map((c) => c.header)).toEqual(["NIP", "Nama", "Predikat Kinerja 2023", "Predikat Kinerja 2024"]);
  });

  it("finds the group row above when the sub-headers score higher", () => {
    const grid = gridOf(
      [
        ["Identitas", null, "Kinerja", null],
        ["NIP", "Nama", "Nilai Kinerja", "Predikat"],
        ["197508062006012007", "Ani", 80, "Baik"],
      ],
      { merges: ["A1:B1", "C1:D1"] },
    );
    const h = detectKeyedHeader(grid, FIELD_SYNONYMS, talenta)!;
    expect(h.headerRows).toEqual([0, 1]);
    expect(keys(h)).toEqual(["nip", "nama", "nilaiKinerja", "predikat"]);
  });

  it("does not take a data row for sub-headers", () => {
    const grid = gridOf([["NIP", "Nama", "Predikat"], ["197508062006012007", "Ani", "Baik"]], { merges: ["B1:C1"] });
    expect(detectKeyedHeader(grid, FIELD_SYNONYMS, talenta)?.headerRows).toEqual([0]);
  });

  it("does not take a title merged across the table for a group", () => {
    const grid = gridOf([["DAFTAR PEGAWAI YANG DINILAI", null, null], ["NIP", "Nama", "Jabatan"], ["1975", "Ani", "Camat"]], {
      merges: ["A1:C1"],
    });
    expect(detectKeyedHeader(grid, FIELD_SYNONYMS, talenta)?.headerRows).toEqual([1]);
  });
});

describe("RULES §6 a row of column numbers under the header", () => {
  it("skips 1 2 3 … right under the header", () => {
    const grid = gridOf([["No", "NIP", "Nama", "Jabatan"], [1, 2, 3, 4], [1, "1975", "Ani", "Camat"]]);
    const h = detectKeyedHeader(grid, FIELD_SYNONYMS, talenta)!;
    expect(h.columnNumberRow).toBe(1);
    expect(h.firstDataRow).toBe(2);
  });

  it("skips them written as text in parentheses: (1) (2) (3)", () => {
    const grid = gridOf([["No", "NIP", "Nama"], ["(1)", "(2)", "(3)"], [1, "1975", "Ani"]]);
    expect(detectKeyedHeader(grid, FIELD_SYNONYMS, talenta)?.columnNumberRow).toBe(1);
  });

  it("does not skip a first data row that starts with 1", () => {
    const grid = gridOf([["No", "NIP", "Nama"], [1, "197508062006012007", "Ani"]]);
    const h = detectKeyedHeader(grid, FIELD_SYNONYMS, talenta)!;
    expect(h.columnNumberRow).toBeUndefined();
    expect(h.firstDataRow).toBe(1);
  });

  it("needs at least three numbers in sequence (1 2 is not enough, 1 3 4 is no sequence)", () => {
    const two = gridOf([["NIP", "Nama"], [1, 2], ["1975", "Ani"]]);
    expect(detectKeyedHeader(two, FIELD_SYNONYMS, talenta)?.columnNumberRow).toBeUndefined();
    const gap = gridOf([["No", "NIP", "Nama"], [1, 3, 4], [1, "1975", "Ani"]]);
    expect(detectKeyedHeader(gap, FIELD_SYNONYMS, talenta)?.columnNumberRow).toBeUndefined();
  });
});

describe("detectKeyedHeader is generic: the Jabatan Target sheet with its own table", () => {
  const JABATAN_TARGET = {
    jabatanTarget: ["Jabatan Target", "Nama Jabatan Target"],
    jenjang: ["Jenjang"],
    eselon: ["Eselon"],
    unitKerja: ["Unit Kerja"],
    pangkatMinimal: ["Pangkat Minimal", "Golongan Minimal"],
    pendidikanMinimal: ["Pendidikan Minimal"],
    rumpun: ["Rumpun/Bidang", "Rumpun", "Bidang"],
    pemangku: ["Pemangku Saat Ini (NIP)", "Pemangku Saat Ini"],
    jumlahSuksesor: ["Jumlah Suksesor"],
  };

  it("maps every column of talenta-jpt-bkn411.xlsx › Jabatan Target", () => {
    const grid = loadFixtureGrid("talenta-jpt-bkn411.xlsx", "Jabatan Target");
    const h = detectKeyedHeader(grid, JABATAN_TARGET);
    expect(h?.headerRows).toEqual([0]);
    expect(keys(h)).toEqual(Object.keys(JABATAN_TARGET));
  });

  it("keeps one column per key: the surest, then the leftmost", () => {
    const grid = gridOf([["Jabatan Target", "Jenjang", "Jabatn Target", "Jabatan Target"], ["Camat", "Administrator", "x", "y"]]);
    const h = detectKeyedHeader(grid, JABATAN_TARGET)!;
    expect(keys(h)).toEqual(["jabatanTarget", "jenjang", null, null]);
  });
});
