import { describe, expect, it } from "vitest";
import { tableNameProblem } from "../../../src/grid/table-name";
import { tableColumnNames, uniqueTableName } from "../../../src/hosts/xlsx/table-part";
import { inlineListFormula, MAX_LIST_FORMULA } from "../../../src/hosts/xlsx/validation-xml";

describe("dropdown list formulas (Excel: at most 255 characters, items split on commas)", () => {
  it("quotes the list and doubles quotes inside items", () => {
    expect(inlineListFormula(["Ya", "Tidak"])).toBe('"Ya,Tidak"');
    expect(inlineListFormula(['a"b'])).toBe('"a""b"');
  });

  it("takes a formula of exactly 255 characters and refuses 256", () => {
    expect(inlineListFormula(["x".repeat(MAX_LIST_FORMULA - 2)])).toHaveLength(255);
    expect(inlineListFormula(["x".repeat(MAX_LIST_FORMULA - 1)])).toBeUndefined();
  });

  it("refuses an item with a comma, and an empty list", () => {
    expect(inlineListFormula(["Satu, dua"])).toBeUndefined();
    expect(inlineListFormula([])).toBeUndefined();
  });
});

describe("table names and column names", () => {
  it("accepts names Excel accepts and refuses cell-like, spaced or digit-first names", () => {
    expect(tableNameProblem("Talenta_Kotak9")).toBeUndefined();
    expect(tableNameProblem("_x")).toBeUndefined();
    for (const bad of ["A1", "XFD1048576", "R", "R1C1", "rc", "Tabel Kotak", "9Kotak", ""]) expect(tableNameProblem(bad), bad).toBeDefined();
    expect(tableNameProblem("T".repeat(255))).toBeUndefined();
    expect(tableNameProblem("T".repeat(256))).toBeDefined();
  });

  it("names empty headers ColumnN and makes duplicates unique regardless of case", () => {
    expect(tableColumnNames(["Nama", null, "nama", 2024, "Nama"])).toEqual(["Nama", "Column2", "nama2", "2024", "Nama3"]);
  });

  it("suffixes a table name already taken, case-insensitively", () => {
    const taken = new Set(["daftar"]);
    expect(uniqueTableName("Daftar", taken)).toBe("Daftar_2");
    expect(uniqueTableName("Daftar", taken)).toBe("Daftar_3");
    expect(uniqueTableName("Lain", taken)).toBe("Lain");
  });
});
