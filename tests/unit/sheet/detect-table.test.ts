import { describe, expect, it } from "vitest";
import type { FieldColumn, TalentaTable } from "../../../src/domain/table";
import type { CellValue } from "../../../src/grid/types";
import { detectTable, hasTalentaHeader } from "../../../src/sheet/detect-table";
import type { DetectOptions } from "../../../src/sheet/types";
import { gridOf, type GridExtras } from "./grid";

const NIP_A = "197508062006012007";
const NIP_B = "199001012015031001";
const NIP_C = "198002022005012002";

function read(rows: CellValue[][], extras: GridExtras = {}, options: DetectOptions = {}) {
  const r = detectTable(gridOf(rows, extras), options);
  if (!r.ok) throw new Error(`no table: ${r.code}`);
  return r;
}
const nums = (c: FieldColumn | undefined) => (c?.kind === "number" ? [...c.values] : undefined);
const texts = (c: FieldColumn | undefined) => (c?.kind === "text" ? c.values : undefined);
const rowsOf = (t: TalentaTable) => [...t.sheetRows];

describe("RULES §6 reading a sheet: what cannot be read", () => {
  it("reports an empty sheet", () => {
    const r = detectTable(gridOf([[null, " "], [null, null]]));
    expect(r).toMatchObject({ ok: false, code: "empty-sheet" });
  });
  it("reports a sheet without a header and says what it looked for", () => {
    const r = detectTable(gridOf([["a", "b"], [1, 2]]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("no-header");
      expect(r.lookedFor).toEqual(expect.arrayContaining(["NIP", "Nama", "Predikat Kinerja", "JPM"]));
    }
  });
});

describe("RULES §6 where the data ends", () => {
  const header = ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"];

  it("stops at a footer after a blank row and reports where it starts", () => {
    const r = read([
      header,
      [NIP_A, "Ani", 80, 70],
      [NIP_B, "Budi", 60, 90],
      [],
      [null, "Sukamaju, 12 Desember 2025"],
      [null, "KEPALA BKPSDM"],
      [],
      [null, "Drs. SYAFRIL HIDAYAT, M.Si."],
      [null, "NIP. 19700512 199503 1 002"],
    ]);
    expect(rowsOf(r.table)).toEqual([1, 2]);
    expect(r.detection).toMatchObject({ firstDataRow: 1, lastDataRow: 2, footerRow: 4 });
  });

  it("stops at a place-and-date line right under the data, even in a number column", () => {
    const r = read([header, [NIP_A, "Ani", 80, 70], [null, null, "Sukamaju,     Desember 2025"], [null, "Drs. Syafril"]]);
    expect(rowsOf(r.table)).toEqual([1]);
    expect(r.detection.footerRow).toBe(2);
  });

  it("stops at the signer's NIP line and at a Jumlah line", () => {
    expect(rowsOf(read([header, [NIP_A, "Ani", 80, 70], [null, "NIP. 197005121995031002"]]).table)).toEqual([1]);
    expect(rowsOf(read([header, [NIP_A, "Ani", 80, 70], [null, "Jumlah", 80, 70], [NIP_B, "Budi", 1, 1]]).table)).toEqual([1]);
  });

  it("keeps a data row that holds a Kepala jabatan without a NIP (not a footer)", () => {
    const r = read([["NIP", "Nama", "Jabatan"], [NIP_A, "Ani", "Camat"], [null, null, "Kepala Dinas Sosial"]]);
    expect(rowsOf(r.table)).toEqual([1, 2]);
  });

  it("keeps a row with a NIP whatever its text: KEPALA … with a NIP is data", () => {
    const r = read([["NIP", "Jabatan"], [NIP_A, "Camat"], [], [NIP_B, "KEPALA BIDANG"]]);
    expect(rowsOf(r.table)).toEqual([1, 3]);
  });

  it("goes on after one blank row and ends at two", () => {
    const r = read([header, [NIP_A, "Ani", 80, 70], [], [NIP_B, "Budi", 60, 90], [], [], [NIP_C, "Citra", 1, 1]]);
    expect(rowsOf(r.table)).toEqual([1, 3]);
    expect(r.detection.lastDataRow).toBe(3);
    expect(r.detection.footerRow).toBeUndefined();
  });

  it("counts a row of spaces as blank", () => {
    const r = read([header, [NIP_A, "Ani", 80, 70], [" ", "  "], ["", null], [NIP_C, "Citra", 1, 1]]);
    expect(rowsOf(r.table)).toEqual([1]);
  });

  it("reads hidden rows as data", () => {
    const r = read([header, [NIP_A, "Ani", 80, 70], [NIP_B, "Budi", 60, 90]], { hidden: [2] });
    expect(rowsOf(r.table)).toEqual([1, 2]);
  });

  it("does not count a row that holds only its No (an unfilled template line) or only dashes", () => {
    const r = read([["No", ...header], [1, NIP_A, "Ani", 80, 70], [2, null, null, null, null], [3, "-", "-", "-", "-"], [4, NIP_B, "Budi", 1, 1]]);
    expect(rowsOf(r.table)).toEqual([1, 4]);
  });

  it("gives an empty table when the header has no data under it", () => {
    const r = read([header]);
    expect(r.table.sheetRows.length).toBe(0);
    expect(r.detection.lastDataRow).toBeLessThan(r.detection.firstDataRow);
  });
});

describe("RULES §3–§6 cell values in the table", () => {
  it("reads percent-formatted JPM as ×100 and a text 78,5 as 78.5", () => {
    const r = read(
      [
        ["NIP", "Nilai Potensi", "JPM (%)"],
        [NIP_A, "78,5", 0.8125],
        [NIP_B, 85.5, "81,25%"],
        [NIP_C, "-", 81.25],
      ],
      { formats: { C2: "0.00%" } },
    );
    expect(nums(r.table.fields.nilaiPotensi)).toEqual([78.5, 85.5, NaN]);
    expect(nums(r.table.fields.jpm)).toEqual([81.25, 81.25, 81.25]);
    expect(r.table.issues).toEqual([]);
  });

  it("flags a NIP stored as a number, with its cell, and keeps the digits Excel kept", () => {
    const r = read([["No", "NIP", "Nama"], [1, NIP_A, "Ani"], [2, 198806072012042000, "Budi"]]);
    expect(texts(r.table.fields.nip)).toEqual([NIP_A, "198806072012042000"]);
    expect(r.table.issues).toEqual([
      { code: "nip-stored-as-number", severity: "error", row: 1, cell: "B3", field: "nip", input: 198806072012042000 },
    ]);
  });

  it("reads '-' as no value in text and number fields, without an issue", () => {
    const r = read([["NIP", "Predikat Kinerja", "Nilai SKP"], [NIP_A, "-", "-"], [NIP_B, "Baik", 80]]);
    expect(texts(r.table.fields.predikat)).toEqual([undefined, "Baik"]);
    expect(nums(r.table.fields.nilaiSkp)).toEqual([NaN, 80]);
    expect(r.table.issues).toEqual([]);
  });

  it("gives NaN and a not-a-number warning for a word in a number field", () => {
    const r = read([["NIP", "Nilai SKP"], [NIP_A, 80], [NIP_B, "baik sekali"]]);
    expect(nums(r.table.fields.nilaiSkp)).toEqual([80, NaN]);
    expect(r.table.issues).toEqual([
      { code: "not-a-number", severity: "warning", row: 1, cell: "B3", field: "nilaiSkp", input: "baik sekali" },
    ]);
  });

  it("reads dates as days since 1970 and flags a bad one", () => {
    const r = read([["NIP", "Tanggal Lahir", "TMT Jabatan"], [NIP_A, "06-08-1975", 45017], [NIP_B, "31/02/1980", "1-Apr-23"]], {
      formats: { C2: "dd/mm/yyyy" },
    });
    // 1975-08-06: 1826 days to 1975-01-01, + 212 to 1 August, + 5.
    expect(nums(r.table.fields.tanggalLahir)).toEqual([2043, NaN]);
    expect(nums(r.table.fields.tmtJabatan)).toEqual([19448, 19448]);
    expect(r.table.issues).toEqual([
      { code: "invalid-date", severity: "warning", row: 1, cell: "B3", field: "tanggalLahir", input: "31/02/1980" },
    ]);
  });

  it("reads upper-case headers: NAMA, NILAI KINERJA (SUMBU Y)", () => {
    const r = read([["NO", "NIP", "NAMA", "NILAI KINERJA (SUMBU Y)", "NILAI POTENSIAL (SUMBU X)"], [1, NIP_A, "Ani", 80, 60]]);
    expect(r.table.columns.map((c) => c.field)).toEqual(["nip", "nama", "nilaiKinerja", "nilaiPotensial"]);
    expect(nums(r.table.fields.nilaiKinerja)).toEqual([80]);
  });

  it("puts the latest year in fields.predikat and every year ascending in yearly", () => {
    const r = read([["NIP", "Predikat Kinerja 2024", "Predikat Kinerja 2022", "Predikat Kinerja 2023"], [NIP_A, "Baik", "Kurang", "Cukup"]]);
    expect(texts(r.table.fields.predikat)).toEqual(["Baik"]);
    expect(r.table.yearly.predikat?.map((y) => [y.year, y.col])).toEqual([[2022, 2], [2023, 3], [2024, 1]]);
    expect(r.table.columns.filter((c) => c.field === "predikat").map((c) => c.year)).toEqual([2024, 2022, 2023]);
  });

  it("keeps a single predikat column without a year, with no yearly entry", () => {
    const r = read([["NIP", "Predikat"], [NIP_A, "Baik"]]);
    expect(texts(r.table.fields.predikat)).toEqual(["Baik"]);
    expect(r.table.yearly.predikat).toBeUndefined();
  });
});

describe("RULES §6 content decides what the header cannot", () => {
  it("takes a column of 18-digit numbers under NAMA / NIP for the NIP", () => {
    const r = read([["No", "NAMA / NIP", "Jabatan"], [1, NIP_A, "Camat"], [2, NIP_B, "Lurah"]]);
    expect(r.detection.columns[1]).toMatchObject({ header: "NAMA / NIP", field: "nip", via: "content" });
    expect(texts(r.table.fields.nip)).toEqual([NIP_A, NIP_B]);
  });

  it("takes names under NAMA / NIP for the name", () => {
    const r = read([["No", "NAMA / NIP", "Jabatan"], [1, "Ani", "Camat"], [2, "Budi", "Lurah"]]);
    expect(r.detection.columns[1]).toMatchObject({ field: "nama", via: "content" });
  });

  it("reads Pendidikan holding scores as tingkatPendidikan and holding S1/S2 as pendidikan", () => {
    const scores = read([["NIP", "Pendidikan"], [NIP_A, 90], [NIP_B, 80]]);
    expect(scores.detection.columns[1]).toMatchObject({ field: "tingkatPendidikan", via: "content" });
    const levels = read([["NIP", "Pendidikan"], [NIP_A, "S1"], [NIP_B, "S2"]]);
    expect(levels.detection.columns[1]).toMatchObject({ field: "pendidikan", via: "header", confidence: 1 });
  });

  it("reads Tingkat Pendidikan holding S1/S2 as pendidikan", () => {
    const r = read([["NIP", "Tingkat Pendidikan"], [NIP_A, "S1"], [NIP_B, "D-III"]]);
    expect(r.detection.columns[1]).toMatchObject({ field: "pendidikan", via: "content" });
  });

  it("reads Kinerja alone by what it holds: predikat, category or score", () => {
    const field = (a: CellValue, b: CellValue) => read([["NIP", "Kinerja"], [NIP_A, a], [NIP_B, b]]).detection.columns[1].field;
    expect(field("Baik", "Sangat Baik")).toBe("predikat");
    expect(field("Di Atas Ekspektasi", "Sesuai")).toBe("kategoriKinerja");
    expect(field(80, "75,5")).toBe("nilaiKinerja");
    expect(field(100, 0)).toBe("nilaiKinerja"); // the scale's bounds are scores
    expect(field(110, 120)).toBeUndefined(); // a 0–120 SKP is no axis score: the user maps it
    expect(field("Baik", 80)).toBeUndefined(); // half and half: nothing is guessed
  });

  it("finds the NIP column by content when its header is empty, but not when NIP is mapped", () => {
    const r = read([["No", null, "Nama"], [1, NIP_A, "Ani"], [2, NIP_B, "Budi"]]);
    expect(r.detection.columns.map((c) => [c.col, c.field ?? null, c.via])).toEqual([
      [0, null, "header"],
      [1, "nip", "content"],
      [2, "nama", "header"],
    ]);
    const mapped = read([["NIP", null, "Nama"], [NIP_C, NIP_A, "Ani"], [NIP_C, NIP_B, "Budi"]]);
    expect(mapped.detection.columns.map((c) => c.field ?? null)).toEqual(["nip", "nama"]);
  });

  it("leaves a column of low/medium/high without header unmapped (either axis)", () => {
    const r = read([["NIP", "Nama", null], [NIP_A, "Ani", "High"], [NIP_B, "Budi", "Low"]]);
    expect(r.detection.columns.map((c) => c.field ?? null)).toEqual(["nip", "nama"]);
  });
});

describe("the user's mapping and Talenta's own columns", () => {
  const rows: CellValue[][] = [
    ["NIP", "Nama", "Skor A", "Nilai Kinerja", "Nilai Kinerja (Y)", "Kotak"],
    [NIP_A, "Ani", 91, 80, 80, 9],
  ];

  it("lists every header column, mapped or not, as an editable mapping", () => {
    const r = read(rows);
    expect(r.detection.columns.map((c) => c.header)).toEqual(rows[0]);
    expect(r.detection.columns[2]).toMatchObject({ col: 2, header: "Skor A", confidence: 0 });
    expect(r.detection.columns[2].field).toBeUndefined();
  });

  it("moves a field to the column the user chose and unmaps a field set to null", () => {
    const r = read(rows, {}, { overrides: { nilaiKinerja: 2, nama: null } });
    expect(r.detection.columns.map((c) => c.field ?? null)).toEqual(["nip", null, "nilaiKinerja", null, null, null]);
    expect(r.detection.columns[2]).toMatchObject({ via: "override", confidence: 1 });
    expect(nums(r.table.fields.nilaiKinerja)).toEqual([91]);
    expect(r.table.fields.nama).toBeUndefined();
  });

  it("maps an override to a column without a header", () => {
    const r = read([["NIP", "Nama", null], [NIP_A, "Ani", 77]], {}, { overrides: { nilaiPotensial: 2 } });
    expect(r.detection.columns[2]).toMatchObject({ col: 2, header: "", field: "nilaiPotensial", via: "override" });
    expect(nums(r.table.fields.nilaiPotensial)).toEqual([77]);
  });

  it("never reads excluded columns (Talenta's previous results), not even by override", () => {
    const r = read(rows, {}, { excludeColumns: [4, 5], overrides: { nilaiPotensial: 5 } });
    expect(r.detection.columns.map((c) => c.col)).toEqual([0, 1, 2, 3]);
    expect(r.table.fields.nilaiPotensial).toBeUndefined();
    expect(r.table.endCol).toBe(4);
  });

  it("sets endCol right of the last header column", () => {
    expect(read(rows).table.endCol).toBe(6);
  });
});

describe("sheet coordinates when the used range does not start at A1", () => {
  it("reports rows, columns and cells in sheet terms", () => {
    const r = read([["NIP", "Nilai SKP"], [NIP_A, "x"]], { origin: "C3" });
    expect(r.table.headerRows).toEqual([2]);
    expect(rowsOf(r.table)).toEqual([3]);
    expect(r.table.columns.map((c) => c.col)).toEqual([2, 3]);
    expect(r.table.endCol).toBe(4);
    expect(r.table.issues[0]).toMatchObject({ code: "not-a-number", cell: "D4", row: 0 });
  });

  it("takes headerRow, overrides and excludeColumns in sheet terms", () => {
    const r = read([["judul"], ["NIP", "Nama", "X"], [NIP_A, "Ani", 5]], { origin: "B2" }, { headerRow: 2, overrides: { nilaiSkp: 3 }, excludeColumns: [] });
    expect(r.detection.headerRows).toEqual([2]);
    expect(nums(r.table.fields.nilaiSkp)).toEqual([5]);
  });
});

describe("hasTalentaHeader (picking the data sheet)", () => {
  it("says yes exactly where detectTable finds a header, and no for an empty sheet or one without a header", () => {
    const data = gridOf([["Laporan"], [], ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"], ["198001012005011001", "A", 80, 70]]);
    const noHeader = gridOf([["a", "b"], [1, 2]]);
    const empty = gridOf([]);
    for (const g of [data, noHeader, empty]) expect(hasTalentaHeader(g)).toBe(detectTable(g).ok);
    expect(hasTalentaHeader(data)).toBe(true);
    expect(hasTalentaHeader(noHeader)).toBe(false);
  });
});
