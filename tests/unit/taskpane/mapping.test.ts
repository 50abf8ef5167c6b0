import { describe, expect, it } from "vitest";
import { assignColumn, type MappedColumn } from "../../../src/taskpane/mapping";
import { resultFileName } from "../../../src/taskpane/download";

const columns: MappedColumn[] = [
  { col: 1, header: "NIP", field: "nip", via: "header" },
  { col: 8, header: "Predikat Kinerja 2023", field: "predikat", via: "header" },
  { col: 9, header: "Predikat Kinerja 2024", field: "predikat", via: "header" },
  { col: 12, header: "Nilai Rekam Jejak", field: "rekamJejak", via: "header" },
  { col: 14, header: "Keterangan", via: "header" },
];

describe("mapping table → column overrides", () => {
  it("unmaps a field when its column is set to not used", () => {
    expect(assignColumn(columns, {}, 12, undefined)).toEqual({ rekamJejak: null });
  });

  it("maps a field back to its column", () => {
    expect(assignColumn(columns, { rekamJejak: null }, 12, "rekamJejak")).toEqual({ rekamJejak: 12 });
  });

  it("moves a field to an unused column and frees the column it had", () => {
    expect(assignColumn(columns, {}, 14, "rekamJejak")).toEqual({ rekamJejak: 14 });
    expect(assignColumn(columns, {}, 12, "pertimbanganLainnya")).toEqual({ rekamJejak: null, pertimbanganLainnya: 12 });
  });

  it("keeps a yearly predikat on its other column when one year is set to not used", () => {
    expect(assignColumn(columns, {}, 8, undefined)).toEqual({ predikat: 9 });
  });

  it("changes nothing when a column keeps its field", () => {
    expect(assignColumn(columns, { nip: 1 }, 1, "nip")).toEqual({ nip: 1 });
  });
});

describe("downloaded file name", () => {
  it("adds .talenta before .xlsx, in any case of the extension", () => {
    expect(resultFileName("pemetaan-administrator-2025.xlsx")).toBe("pemetaan-administrator-2025.talenta.xlsx");
    expect(resultFileName("DATA.XLSX")).toBe("DATA.talenta.xlsx");
    expect(resultFileName("data")).toBe("data.talenta.xlsx");
  });

  it("keeps the kind of file Excel needs: a macro-enabled workbook downloads as .xlsm", () => {
    expect(resultFileName("pemetaan.xlsm", "xlsm")).toBe("pemetaan.talenta.xlsm");
    expect(resultFileName("PEMETAAN.XLSM", "xlsm")).toBe("PEMETAAN.talenta.xlsm");
    // A macro-enabled workbook renamed .xlsx is still one: the download gets the extension Excel opens it under.
    expect(resultFileName("pemetaan.xlsx", "xlsm")).toBe("pemetaan.talenta.xlsm");
  });
});
