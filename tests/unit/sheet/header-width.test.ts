// RULES §6 header detection reads only the header rows: the width it scans is that of the rows it reads (the
// searched rows, or the header row given, and the rows just under it), not of the whole sheet. Rows may be ragged.
import { describe, expect, it } from "vitest";
import type { CellValue, Grid } from "../../../src/grid/types";
import { detectTable } from "../../../src/sheet";

const NIP = "198609262015051001";

/** A grid with rows kept exactly as given (ragged), unlike gridOf which pads them. */
function raggedGrid(rows: CellValue[][]): Grid {
  return { sheet: "Data", origin: { row: 0, col: 0 }, values: rows, numberFormats: rows.map((r) => r.map(() => "General")), merges: [], hiddenRows: [] };
}

const headers = (d: ReturnType<typeof detectTable>) => (d.ok ? d.detection.columns.map((c) => [c.col, c.header, c.field]) : d.code);

describe("RULES §6 header width", () => {
  it("reads every column of a header given below the searched rows, under 40 narrow title rows", () => {
    const rows: CellValue[][] = Array.from({ length: 40 }, (_, i) => [`catatan ${i + 1}`]);
    rows.push(["No", "NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"], [1, NIP, "Ani", 85, 90]);
    expect(headers(detectTable(raggedGrid(rows)))).toBe("no-header");
    expect(headers(detectTable(raggedGrid(rows), { headerRow: 40 }))).toEqual([
      [0, "No", undefined],
      [1, "NIP", "nip"],
      [2, "Nama", "nama"],
      [3, "Nilai Kinerja", "nilaiKinerja"],
      [4, "Nilai Potensial", "nilaiPotensial"],
    ]);
  });

  it("reads a sub-header row wider than the header row above it", () => {
    const grid = raggedGrid([
      ["NIP", "Nama", "Predikat Kinerja"],
      [null, null, 2023, 2024],
      [NIP, "Ani", "Baik", "Sangat Baik"],
    ]);
    grid.merges.push({ row: 0, col: 2, rows: 1, cols: 2 });
    expect(headers(detectTable(grid))).toEqual([
      [0, "NIP", "nip"],
      [1, "Nama", "nama"],
      [2, "Predikat Kinerja 2023", "predikat"],
      [3, "Predikat Kinerja 2024", "predikat"],
    ]);
  });

  it("takes no column from a data row wider than the header", () => {
    const grid = raggedGrid([["NIP", "Nama", "Nilai Kinerja"], [NIP, "Ani", 85], ...Array.from({ length: 50 }, () => [NIP, "Budi", 70, "Nilai Potensial", 5])]);
    expect(headers(detectTable(grid))).toEqual([
      [0, "NIP", "nip"],
      [1, "Nama", "nama"],
      [2, "Nilai Kinerja", "nilaiKinerja"],
    ]);
  });
});
