// The shared fixture workbooks (../shared/fixtures/README.md), read through the .xlsx host.
import { describe, expect, it } from "vitest";
import { FIELD_IDS, type FieldId } from "../../../src/domain/fields";
import type { FieldColumn } from "../../../src/domain/table";
import { detectTable } from "../../../src/sheet/detect-table";
import { loadFixtureGrid } from "./load-fixture-grid";

function readFixture(file: string) {
  const r = detectTable(loadFixtureGrid(file));
  if (!r.ok) throw new Error(`${file}: ${r.code}`);
  return r;
}
const at = (c: FieldColumn | undefined, i: number) => c?.values[i];

describe("pemetaan-administrator-2025.xlsx (title rows, two-row merged header, column numbers, footer)", () => {
  const { table, detection } = readFixture("pemetaan-administrator-2025.xlsx");
  const recordOfSheetRow = (excelRow: number) => table.sheetRows.indexOf(excelRow - 1);

  it("finds the header on rows 5–6 and skips the column-number row 7", () => {
    expect(detection.headerRows).toEqual([4, 5]);
    expect(detection.columnNumberRow).toBe(6);
    expect(detection.firstDataRow).toBe(7);
  });

  it("reads 218 records, the two hidden rows included, and leaves the signature footer out", () => {
    expect(table.sheetRows.length).toBe(218);
    expect(table.sheetRows[0]).toBe(7);
    expect(table.sheetRows[217]).toBe(224);
    expect(detection.footerRow).toBe(227); // "Sukamaju, 15 Desember 2025" on row 228
    expect(table.sheetRows).toContain(22);
    expect(table.sheetRows).toContain(178);
  });

  it("maps the columns the permenpan-3-2020 preset needs", () => {
    const byCol = detection.columns.map((c) => [c.header, c.field ?? null]);
    expect(byCol).toEqual([
      ["No", null],
      ["NIP", "nip"],
      ["Nama", "nama"],
      ["Pangkat/Gol. Ruang", "pangkat"],
      ["Jabatan", "jabatan"],
      ["Eselon", "eselon"],
      ["Unit Kerja", "unitKerja"],
      ["Pendidikan Terakhir", "pendidikan"],
      ["Predikat Kinerja 2023", "predikat"],
      ["Predikat Kinerja 2024", "predikat"],
      ["Hasil Asesmen Nilai Potensi", "nilaiPotensi"],
      ["Hasil Asesmen JPM (%)", "jpm"],
      ["Nilai Rekam Jejak", "rekamJejak"],
      ["Pertimbangan Lainnya", "pertimbanganLainnya"],
      ["Keterangan", null],
    ]);
    expect(table.endCol).toBe(15);
  });

  it("holds predikat 2023 and 2024, the latest in fields.predikat", () => {
    expect(table.yearly.predikat?.map((y) => y.year)).toEqual([2023, 2024]);
    expect(table.fields.predikat).toBe(table.yearly.predikat?.[1].column);
    expect(at(table.yearly.predikat?.[0].column, 0)).toBe("Baik"); // I8
    expect(at(table.fields.predikat, 0)).toBe("Baik"); // J8 is "Baik " with a trailing space: text is trimmed
  });

  it("reads JPM percent cells ×100 (L8 0.8404 shown 84.04%)", () => {
    expect(at(table.fields.jpm, 0)).toBeCloseTo(84.04, 9);
  });

  it("reads `79,6` as 79.6 (K17) and `-` predikat as no value (J56)", () => {
    expect(at(table.fields.nilaiPotensi, recordOfSheetRow(17))).toBe(79.6);
    expect(at(table.fields.predikat, recordOfSheetRow(56))).toBeUndefined();
  });

  it("flags the four NIPs stored as numbers, by cell", () => {
    const flagged = table.issues.filter((i) => i.code === "nip-stored-as-number");
    expect(flagged.map((i) => i.cell)).toEqual(["B75", "B76", "B108", "B177"]);
    expect(at(table.fields.nip, recordOfSheetRow(75))).toBe("198806072012042000");
  });

  it("raises no other reading issue", () => {
    expect(table.issues.filter((i) => i.code !== "nip-stored-as-number")).toEqual([]);
  });
});

describe("pemetaan-administrator-2025-libreoffice.xlsx (another producer's XML)", () => {
  it("gives the same table as the Excel-written copy", () => {
    const excel = readFixture("pemetaan-administrator-2025.xlsx");
    const calc = readFixture("pemetaan-administrator-2025-libreoffice.xlsx");
    expect(calc.detection).toEqual(excel.detection);
    expect([...calc.table.sheetRows]).toEqual([...excel.table.sheetRows]);
    expect(calc.table.issues).toEqual(excel.table.issues);
    for (const id of FIELD_IDS) {
      const a = excel.table.fields[id as FieldId];
      const b = calc.table.fields[id as FieldId];
      expect(b?.kind, id).toBe(a?.kind);
      if (a?.kind === "number" && b?.kind === "number") {
        // Excel wrote 68.15000000000001 where Calc wrote 68.15: equal to 1e-9.
        a.values.forEach((v, i) => (Number.isNaN(v) ? expect(b.values[i]).toBeNaN() : expect(b.values[i]).toBeCloseTo(v, 9)));
      } else expect(b?.values, id).toEqual(a?.values);
    }
  });
});

describe("talenta-jpt-bkn411.xlsx (header on row 3, every BKN 411 component)", () => {
  const { table, detection } = readFixture("talenta-jpt-bkn411.xlsx");

  it("finds the header on row 3 and 64 records", () => {
    expect(detection.headerRows).toEqual([2]);
    expect(table.sheetRows.length).toBe(64);
  });

  it("maps every component of the bkn-411-2025 preset", () => {
    const needed: FieldId[] = [
      "predikat", "penghargaan", "penugasanTimKerja", "umpanBalik360", "penilaianKompetensi",
      "pengembanganKompetensi", "pengalamanJabatan", "nilaiPotensi", "tingkatPendidikan", "kesesuaianBidangIlmu",
      "integritasMoralitas",
    ];
    for (const id of needed) expect(table.fields[id], id).toBeDefined();
  });

  it("reads numeric Tingkat Pendidikan as tingkatPendidikan and Pendidikan (S1/S2) as pendidikan", () => {
    expect(table.fields.tingkatPendidikan?.kind).toBe("number");
    expect(at(table.fields.tingkatPendidikan, 0)).toBe(90); // P4
    expect(at(table.fields.pendidikan, 0)).toBe("S2"); // G4
  });

  it("takes the predikat year from the header text: Predikat Kinerja 2025", () => {
    expect(table.yearly.predikat?.map((y) => y.year)).toEqual([2025]);
  });

  it("reads TMT Jabatan dates (S4 = serial 45352 = 2024-03-01) and the other who-fields", () => {
    expect(at(table.fields.tmtJabatan, 0)).toBe(45352 - 25569);
    for (const id of ["nip", "nama", "jabatan", "eselon", "pangkat", "unitKerja", "hukumanDisiplin", "jurusan"] as FieldId[]) {
      expect(table.fields[id], id).toBeDefined();
    }
    expect(table.issues).toEqual([]);
  });
});

describe("kategori-unit-eselon1.xlsx and skor-sumbu-fungsional.xlsx", () => {
  it("reads 500 rows with both category columns", () => {
    const { table, detection } = readFixture("kategori-unit-eselon1.xlsx");
    expect(detection.headerRows).toEqual([0]);
    expect(table.sheetRows.length).toBe(500);
    expect(table.fields.kategoriKinerja).toBeDefined();
    expect(table.fields.kategoriPotensial).toBeDefined();
    expect(table.fields.unitKerja).toBeDefined();
  });

  it("reads 300 rows under an upper-case header on row 4, scores on the cuts exactly", () => {
    const { table, detection } = readFixture("skor-sumbu-fungsional.xlsx");
    expect(detection.headerRows).toEqual([3]);
    expect(table.sheetRows.length).toBe(300);
    expect(at(table.fields.nilaiKinerja, 0)).toBe(80); // G5
    expect(at(table.fields.nilaiPotensial, 0)).toBe(60); // H5
    expect(table.fields.jenjang).toBeDefined();
  });
});
