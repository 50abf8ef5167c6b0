import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/domain/issues";
import {
  buildResultColumns,
  isResultColumn,
  isResultHeader,
  RESULT_COLUMN_COUNT,
  resultColumnRange,
} from "../../../src/report/result-columns";
import { asRowBlock } from "../../../src/grid/block";
import { cellAt, END_COL, makeInput, many, numberFormatAt, SHEET } from "./make-report-input";

// RULES §7, typed by hand.
const HEADERS_ID = [
  "Nilai Kinerja (Y)",
  "Nilai Potensial (X)",
  "Kinerja",
  "Potensial",
  "Kotak",
  "Kategori",
  "Rekomendasi",
  "Kelompok Rencana Suksesi",
  "Nilai Talenta",
  "Catatan Talenta",
];
const C = Object.fromEntries(HEADERS_ID.map((h, i) => [h, END_COL + i])) as Record<string, number>;

const missingPotensial: Issue = { code: "missing-value", severity: "error", row: 1, cell: "D6", field: "nilaiPotensial" };
const nipAsNumber: Issue = { code: "nip-stored-as-number", severity: "warning", row: 1, cell: "A6", field: "nip", input: 198001012006041000 };

function sample() {
  return makeInput(
    [
      { row: 4, kotak: 9, nama: "Ani", kinerja: 0.6 * 80 + 0.4 * 80, potensial: 92.456, nilaiTalenta: 86.228 },
      { row: 5, kotak: 0, nama: "Budi", kinerja: 79.995 },
      { row: 8, kotak: 5, nama: "Citra", kinerja: 70, potensial: 65 },
      { row: 9, kotak: 7, nama: "Dedi" },
    ],
    { issues: [nipAsNumber, missingPotensial] },
  );
}

describe("RULES §7 result columns: place and header", () => {
  it("writes the ten headers in RULES order in the lowest header row, starting right of the data", () => {
    const block = buildResultColumns(sample());
    expect(block.sheet).toBe(SHEET);
    expect(block.row).toBe(3); // header rows 3 and 4 (1-based): the lower one, 0-based 3
    expect(block.col).toBe(END_COL);
    expect(asRowBlock(block).values[0]).toEqual(HEADERS_ID);
    expect(RESULT_COLUMN_COUNT).toBe(10);
  });

  it("writes English headers for the English interface", () => {
    const header = asRowBlock(buildResultColumns({ ...sample(), lang: "en" })).values[0];
    expect(header[4]).toBe("Box");
    expect(header[0]).toBe("Performance score (Y)");
  });

  it("puts each record on its own sheet row and empties the rows between records", () => {
    const block = buildResultColumns(sample());
    const rows = asRowBlock(block).values;
    expect(rows).toHaveLength(7); // sheet rows 3..9 (0-based)
    expect(cellAt(block, 4, C.Kotak)).toBe(9);
    expect(cellAt(block, 8, C.Kotak)).toBe(5);
    expect(rows[3]).toEqual(new Array(10).fill(null)); // sheet row 6 (0-based): no record
    expect(rows[4]).toEqual(new Array(10).fill(null));
    expect(rows.every((row) => row.length === 10)).toBe(true);
  });

  it("writes only the header when there are no records", () => {
    const block = buildResultColumns(makeInput([]));
    expect(asRowBlock(block).values).toEqual([HEADERS_ID]);
  });
});

describe("RULES §7 result columns: values", () => {
  it("keeps Kotak a number 1–9, or empty when the row is not classified", () => {
    const block = buildResultColumns(sample());
    expect([4, 5, 8, 9].map((r) => cellAt(block, r, C.Kotak))).toEqual([9, null, 5, 7]);
    expect(numberFormatAt(block, 4, C.Kotak)).toBe("0");
  });

  it("RULES §2 keeps scores unrounded and shows them with 2 decimals", () => {
    const block = buildResultColumns(sample());
    expect(cellAt(block, 4, C["Nilai Kinerja (Y)"])).toBe(80); // 0.6·80 + 0.4·80
    expect(cellAt(block, 4, C["Nilai Potensial (X)"])).toBe(92.456);
    expect(cellAt(block, 5, C["Nilai Kinerja (Y)"])).toBe(79.995); // not 80.00: the rounding is display only
    expect(cellAt(block, 4, C["Nilai Talenta"])).toBe(86.228);
    for (const col of [C["Nilai Kinerja (Y)"], C["Nilai Potensial (X)"], C["Nilai Talenta"]]) {
      expect(numberFormatAt(block, 5, col)).toBe("0.00");
    }
  });

  it("leaves a score empty when the axis has none (categorical or missing input)", () => {
    const block = buildResultColumns(sample());
    expect(cellAt(block, 5, C["Nilai Potensial (X)"])).toBeNull();
    expect(cellAt(block, 9, C["Nilai Kinerja (Y)"])).toBeNull();
    expect(cellAt(block, 9, C["Nilai Talenta"])).toBeNull();
  });

  it("names the levels and writes the official category, recommendation and group of kotak 9", () => {
    const block = buildResultColumns(sample());
    expect(cellAt(block, 4, C.Kinerja)).toBe("Di Atas Ekspektasi");
    expect(cellAt(block, 4, C.Potensial)).toBe("Tinggi");
    expect(cellAt(block, 4, C.Kategori)).toBe("Kinerja di atas ekspektasi dan potensial tinggi");
    expect(cellAt(block, 4, C.Rekomendasi)).toBe(
      "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan",
    );
    expect(cellAt(block, 4, C["Kelompok Rencana Suksesi"])).toBe("Nasional");
  });

  it("RULES §1 puts kotak 7 in the Instansi group and kotak 5 in none", () => {
    const block = buildResultColumns(sample());
    expect(cellAt(block, 9, C["Kelompok Rencana Suksesi"])).toBe("Instansi");
    expect(cellAt(block, 9, C.Kinerja)).toBe("Di Atas Ekspektasi");
    expect(cellAt(block, 9, C.Potensial)).toBe("Menengah");
    expect(cellAt(block, 8, C["Kelompok Rencana Suksesi"])).toBeNull();
    expect(cellAt(block, 8, C.Kinerja)).toBe("Sesuai Ekspektasi");
  });

  it("gives a not-classified row an empty Kotak, Kategori and group, and its reason in Catatan, errors first", () => {
    const block = buildResultColumns(sample());
    expect(cellAt(block, 5, C.Kotak)).toBeNull();
    expect(cellAt(block, 5, C.Kategori)).toBeNull();
    expect(cellAt(block, 5, C.Rekomendasi)).toBeNull();
    expect(cellAt(block, 5, C["Kelompok Rencana Suksesi"])).toBeNull();
    const notes = String(cellAt(block, 5, C["Catatan Talenta"])).split(" | ");
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^Sel D6: .*tidak diklasifikasi/); // the error, although listed second
    expect(notes[1]).toMatch(/^Sel A6: /);
  });

  it("leaves Catatan empty for a row without issues", () => {
    expect(cellAt(buildResultColumns(sample()), 4, C["Catatan Talenta"])).toBeNull();
  });
});

describe("RULES §7 result columns: formats", () => {
  it("styles the header in Talenta's colour, bold and white", () => {
    const header = buildResultColumns(sample()).formats![0];
    expect(header).toMatchObject({ row: 0, col: 0, rows: 1, cols: 10 });
    expect(header.style).toMatchObject({ bold: true, fontColor: "FFFFFF" });
    expect(header.style.fill).toMatch(/^[0-9A-F]{6}$/);
  });

  it("writes text columns with the text format and without wrapping", () => {
    const block = buildResultColumns(sample());
    for (const name of ["Kinerja", "Potensial", "Kategori", "Rekomendasi", "Kelompok Rencana Suksesi", "Catatan Talenta"]) {
      expect(numberFormatAt(block, 9, C[name])).toBe("@");
    }
    const rekomendasi = block.formats!.find((f) => f.col <= 6 && f.col + f.cols > 6 && f.row === 1)!;
    expect(rekomendasi.style.wrap).toBe(false);
  });

  it("formats whole columns: the number of format ranges does not grow with the rows", () => {
    const small = buildResultColumns(makeInput(many(3, 5, 4)));
    const large = buildResultColumns(makeInput(many(2000, 5, 4)));
    expect(large.formats!.length).toBe(small.formats!.length);
    expect(large.formats!.length).toBeLessThanOrEqual(10);
    for (const f of large.formats!.slice(1)) expect(f.rows).toBe(2000);
  });
});

describe("RULES §7 which columns are Talenta's", () => {
  it("owns the ten columns from the end of the data, and no other", () => {
    const table = sample().table;
    expect(resultColumnRange(table)).toEqual({ first: 4, last: 13 });
    expect(isResultColumn(table, 3)).toBe(false);
    expect(isResultColumn(table, 4)).toBe(true);
    expect(isResultColumn(table, 13)).toBe(true);
    expect(isResultColumn(table, 14)).toBe(false);
  });

  it("recognises a header a previous run wrote, in either language", () => {
    expect(isResultHeader("Kotak")).toBe(true);
    expect(isResultHeader(" catatan talenta ")).toBe(true);
    expect(isResultHeader("Talent score")).toBe(true);
    expect(isResultHeader("Nama")).toBe(false);
    expect(isResultHeader(9)).toBe(false);
  });
});
