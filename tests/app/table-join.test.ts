// Issue 3, decided from the grid: when the result block joins a user's table, and when a filter stops a run.
import { describe, expect, it } from "vitest";
import { tableJoin } from "../../src/app/table-join";
import { filteredData } from "../../src/app/filter-guard";
import { runErrorMessage } from "../../src/app/messages";
import type { Block, Grid, SheetTable } from "../../src/grid/types";
import type { TalentaTable } from "../../src/domain/table";

// Data A1:D7 (header row 0, six records), result columns from E (col 4), two of them here.
const NAMES = ["Kotak", "Catatan Talenta"];
const block: Block = { sheet: "Data", row: 0, col: 4, values: [NAMES, [5, null], [9, null], [1, null], [2, null], [3, null], [4, null]] };
const table = (over: Partial<SheetTable> = {}): SheetTable => ({ name: "T", rect: { row: 0, col: 0, rows: 7, cols: 4 }, headerRow: true, totalsRow: false, filtered: false, ...over });
const grid = (tables: SheetTable[], header: (string | null)[] = ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"]): Grid => ({
  sheet: "Data", origin: { row: 0, col: 0 }, values: [header], numberFormats: [header.map(() => "General")], merges: [], hiddenRows: [], tables,
});

describe("issue 3: the result columns join a table that touches them", () => {
  it("joins a table whose right edge (D) is directly left of the first result column (E)", () => {
    expect(tableJoin(grid([table()]), block, undefined)).toEqual({ table: "T", col: 4, names: NAMES });
  });

  it("does not join across a gap: a table ending at C", () => {
    expect(tableJoin(grid([table({ rect: { row: 0, col: 0, rows: 7, cols: 3 } })]), block, undefined)).toBeUndefined();
  });

  it("joins a table already holding the result columns when they are Talenta's from an earlier run", () => {
    const wide = table({ rect: { row: 0, col: 0, rows: 7, cols: 6 } });
    const previous = { columns: [4, 5], rect: { row: 0, col: 4, rows: 7, cols: 2 } };
    expect(tableJoin(grid([wide], ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial", "Kotak", "Catatan Talenta"]), block, previous)?.table).toBe("T");
    expect(tableJoin(grid([wide]), block, undefined)).toBeUndefined();
    expect(tableJoin(grid([wide]), block, { columns: [4], rect: { row: 0, col: 4, rows: 7, cols: 1 } })).toBeUndefined();
  });

  it("does not join a table whose header row is another row, or that hides its header row", () => {
    expect(tableJoin(grid([table({ rect: { row: 1, col: 0, rows: 6, cols: 4 } })]), block, undefined)).toBeUndefined();
    expect(tableJoin(grid([table({ headerRow: false })]), block, undefined)).toBeUndefined();
  });

  it("joins when the last record is the table's last body row, not when it falls on the totals row", () => {
    expect(tableJoin(grid([table({ rect: { row: 0, col: 0, rows: 8, cols: 4 }, totalsRow: true })]), block, undefined)?.table).toBe("T");
    expect(tableJoin(grid([table({ totalsRow: true })]), block, undefined)).toBeUndefined();
    expect(tableJoin(grid([table({ rect: { row: 0, col: 0, rows: 6, cols: 4 } })]), block, undefined)).toBeUndefined();
  });

  it("does not join when a user's column of the table is already called like one of Talenta's (any case)", () => {
    expect(tableJoin(grid([table()], ["NIP", "Nama", "KOTAK", "Nilai Potensial"]), block, undefined)).toBeUndefined();
  });
});

const talenta = (headerRow: number, rows: number[]): TalentaTable =>
  ({ sheet: "Data", headerRows: [headerRow], sheetRows: Int32Array.from(rows), endCol: 4, columns: [], fields: {}, yearly: {}, issues: [] }) as TalentaTable;

describe("issue 3: which filter stops a run in Excel", () => {
  const data = talenta(2, [3, 4, 5, 6]); // header on row 3, records on rows 4–7 (sheet numbering)

  it("a filtered table over any of the rows from the header to the last record stops it, by name", () => {
    expect(filteredData(grid([table({ filtered: true, rect: { row: 6, col: 8, rows: 3, cols: 2 } })]), data)).toEqual({ sheet: "Data", table: "T" });
    expect(filteredData(grid([table({ filtered: true, rect: { row: 0, col: 0, rows: 3, cols: 2 } })]), data)?.table).toBe("T");
  });

  it("a filtered table ending just above the header, or starting just below the last record, does not", () => {
    expect(filteredData(grid([table({ filtered: true, rect: { row: 0, col: 0, rows: 2, cols: 2 } })]), data)).toBeUndefined();
    expect(filteredData(grid([table({ filtered: true, rect: { row: 7, col: 0, rows: 3, cols: 2 } })]), data)).toBeUndefined();
    expect(filteredData(grid([table({ filtered: false, rect: { row: 2, col: 0, rows: 5, cols: 4 } })]), data)).toBeUndefined();
  });

  it("the sheet's own filter stops it only when it has criteria", () => {
    const g = grid([]);
    g.autoFilter = { rect: { row: 2, col: 0, rows: 5, cols: 4 }, filtered: true };
    expect(filteredData(g, data)).toEqual({ sheet: "Data" });
    g.autoFilter.filtered = false;
    expect(filteredData(g, data)).toBeUndefined();
  });

  it("words the refusal in Indonesian and English: which table, every row counts, how to clear the filter", () => {
    expect(runErrorMessage("data-filtered", "id", { sheet: "Data", table: "T" })).toBe(
      'Tabel "T" di lembar "Data" sedang difilter. Talenta mengklasifikasi setiap baris, termasuk baris yang disembunyikan filter, ' +
        "dan Excel tidak dapat menulis hasil dengan benar selama filter aktif. Hapus filternya (Data › Hapus), lalu ulangi. Buku kerja tidak diubah.",
    );
    expect(runErrorMessage("data-filtered", "en", { sheet: "Data" })).toBe(
      'The data on sheet "Data" is filtered. Talenta classifies every row, including rows the filter hides, ' +
        "and Excel cannot write the results correctly while a filter is on. Clear the filter (Data › Clear), then try again. Nothing in the workbook was changed.",
    );
  });
});
