// RULES §7: Talenta owns its ten result columns and a re-run replaces them. When the record saved in the
// workbook is gone (sheet copied to another workbook, Google Sheets round trip), names another sheet, or its
// columns no longer stand where it says (a column inserted left of the data), Talenta still knows its columns
// by their signature: the ten result headers, in RULES §7 order, side by side in one row, Indonesian or English.
// Without the record the last row written is unknown: the old output ends at the last row beside the data
// (RULES §6 extent of the columns left of it) holding a cell in those columns; a note below the table is the
// user's and never cleared.
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { previousResultColumns } from "../../src/app/owned-columns";
import type { TalentaRecord } from "../../src/app/record";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { CellValue, Grid } from "../../src/grid/types";
import { fixtureBytes } from "../hosts/fixture-files";
import { withoutRecord } from "./without-record";

const ID = ["Nilai Kinerja (Y)", "Nilai Potensial (X)", "Kinerja", "Potensial", "Kotak", "Kategori", "Rekomendasi", "Kelompok Rencana Suksesi", "Nilai Talenta", "Catatan Talenta"];
const EN = ["Performance score (Y)", "Potential score (X)", "Performance", "Potential", "Box", "Category", "Recommendation", "Succession group", "Talent score", "Talenta notes"];
const result = (kotak: number | null, note: string | null): CellValue[] => [80, 70, "Di Atas Ekspektasi", "Menengah", kotak, "k", "r", null, 75, note];

function grid(rows: CellValue[][], origin = { row: 0, col: 0 }): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  return { sheet: "Data", origin, values, numberFormats: values.map((r) => r.map(() => "General")), merges: [], hiddenRows: [], };
}

// Title row 0, header row 1 (NIP, Nama, Predikat, then the ten result headers from D = col 3), records on rows 2–5
// with a blank row 4 between two groups.
const data = (headers: string[] = ID): CellValue[][] => [
  ["DATA TALENTA"],
  ["NIP", "Nama", "Predikat Kinerja", ...headers],
  ["198001012005011001", "A", "Baik", ...result(8, null)],
  ["198001012005011002", "B", "Kurang", ...result(null, "NIP tidak valid")],
  [],
  ["198001012005011003", "C", "Baik", ...result(5, null)],
];
const tenFrom = (col: number) => Array.from({ length: 10 }, (_, i) => col + i);
const record = (over: Partial<NonNullable<TalentaRecord["resultColumns"]>>): TalentaRecord => ({
  talenta: 1,
  runAt: "2025-06-02T03:00:00.000Z",
  appVersion: "test",
  ownedSheets: [],
  resultColumns: { sheet: "Data", headerRow: 1, firstCol: 3, headers: ID, lastRow: 5, ...over },
});

describe("previousResultColumns: Talenta's columns by their signature when the record does not say", () => {
  it("finds the Indonesian run without a record: header row down to the last record", () => {
    expect(previousResultColumns(grid(data()), undefined, "Data")).toEqual({ columns: tenFrom(3), rect: { row: 1, col: 3, rows: 5, cols: 10 } });
  });

  it("finds the English run, in sheet coordinates when the used range does not start at A1", () => {
    // The same sheet read from C3: origin row 2, col 2.
    const found = previousResultColumns(grid(data(EN), { row: 2, col: 2 }), undefined, "Data");
    expect(found).toEqual({ columns: tenFrom(5), rect: { row: 3, col: 5, rows: 5, cols: 10 } });
  });

  it("uses the signature when the record names another sheet", () => {
    expect(previousResultColumns(grid(data()), record({ sheet: "Sheet1" }), "Data")?.columns).toEqual(tenFrom(3));
  });

  it("follows its columns when they moved right of where the record says (a column inserted left of the data)", () => {
    const moved = data().map((r, i) => (i === 0 ? r : [r[0], null, ...r.slice(1)]));
    expect(previousResultColumns(grid(moved), record({}), "Data")).toEqual({ columns: tenFrom(4), rect: { row: 1, col: 4, rows: 5, cols: 10 } });
    // The record, when it matches, is still the first way: it knows the last row written.
    expect(previousResultColumns(grid(data()), record({ lastRow: 9 }), "Data")?.rect).toEqual({ row: 1, col: 3, rows: 9, cols: 10 });
  });

  it("takes only the exact run: ten headers, in order, side by side, one language", () => {
    expect(previousResultColumns(grid(data()), undefined, "Data")).toBeDefined();
    const variants: string[][] = [
      ID.slice(0, 9), // nine of the ten
      [ID[1], ID[0], ...ID.slice(2)], // out of order
      [...EN.slice(0, 5), ...ID.slice(5)], // two languages
      ["nilai kinerja (y)", ...ID.slice(1)], // another text
    ];
    for (const headers of variants) expect(previousResultColumns(grid(data(headers)), undefined, "Data"), headers.join()).toBeUndefined();
    // Not side by side: a user's column between two of them.
    expect(previousResultColumns(grid(data([...ID.slice(0, 5), "Keterangan", ...ID.slice(5)])), undefined, "Data")).toBeUndefined();
    // A partial run left of the exact run is the user's; the exact run is Talenta's.
    expect(previousResultColumns(grid(data([...ID.slice(0, 4), "Unit", ...ID])), undefined, "Data")?.columns).toEqual(tenFrom(8));
  });

  it("keeps a user's cell in its columns below the data: right under the last record, after a gap, beside a total", () => {
    const rows = data();
    rows.push([null, null, null, ...Array<CellValue>(9).fill(null), "dicek Kabid"]); // row 6, right under the last record
    rows.push([]);
    rows.push([]);
    rows.push([null, null, null, null, null, null, null, "catatan pimpinan"]); // row 9, far below
    expect(previousResultColumns(grid(rows), undefined, "Data")?.rect).toEqual({ row: 1, col: 3, rows: 5, cols: 10 });

    const withTotal = data();
    withTotal.push(["Jumlah", null, null, null, null, null, null, 3]); // a total row ends the data (RULES §6)
    expect(previousResultColumns(grid(withTotal), undefined, "Data")?.rect).toEqual({ row: 1, col: 3, rows: 5, cols: 10 });
  });
});

// talenta-jpt-bkn411.xlsx: data A3:U67 (header row index 2, records on rows 3–66), result columns V–AE (21–30).
const DATA = "Data Talenta";
const NOW = new Date("2025-06-02T03:00:00Z");
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe("re-run on a workbook that lost Talenta's record", () => {
  it("replaces the English result columns with Indonesian ones and leaves the user's notes below them", async () => {
    const first = XlsxHost.open(fixtureBytes("talenta-jpt-bkn411.xlsx"));
    expect((await classifyWorkbook(first, { now: NOW, lang: "en" })).ok).toBe(true);
    const english = XlsxHost.open(withoutRecord(first.save()));
    const header = (await english.readUsedGrid(DATA)).values[2];
    expect(header.indexOf("Box")).toBe(25);
    expect(header.indexOf("Talenta notes")).toBe(30);
    // The user's notes in Talenta's columns: right under the last record and far below.
    await english.writeBlock({ sheet: DATA, row: 67, col: 30, values: [["dicek Kabid"]] });
    await english.writeBlock({ sheet: DATA, row: 80, col: 25, values: [["catatan pimpinan"]] });

    const rerun = XlsxHost.open(english.save());
    expect((await classifyWorkbook(rerun, { now: NOW, lang: "id" })).ok).toBe(true);
    const g = await XlsxHost.open(rerun.save()).readUsedGrid(DATA);
    const at = (row: number, col: number) => g.values[row - g.origin.row]?.[col - g.origin.col] ?? null;
    const headerAfter = g.values[2 - g.origin.row];
    expect(headerAfter.slice(21 - g.origin.col, 31 - g.origin.col)).toEqual(ID);
    for (const name of EN) expect(headerAfter, name).not.toContain(name);
    expect(headerAfter).toHaveLength(31 - g.origin.col);
    expect(at(3, 23)).toBe("Sesuai Ekspektasi"); // Yanti, Baik: kinerja in Indonesian, not the English left over
    expect(at(67, 30)).toBe("dicek Kabid");
    expect(at(80, 25)).toBe("catatan pimpinan");
  });
});
