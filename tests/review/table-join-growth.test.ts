// Review: a joined table grows over its whole height, not only the rows Talenta writes. When the table's body
// runs below the last record (empty rows Excel users keep at the bottom of a table), the new columns' cells
// there must be free: no other table (overlapping tables make Excel repair the file, dropping one) and no
// user's cell (the .xlsx host would pull it into Talenta's column; Excel's add() refuses or shifts it).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { tableJoin } from "../../src/app/table-join";
import { parseRangeAddress } from "../../src/grid/a1";
import type { Block, CellValue, Grid, Rect } from "../../src/grid/types";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { parseTable } from "../../src/hosts/xlsx/user-tables";
import { findSheet, installFakeExcel, uninstallFakeExcel, valueAt } from "../fakes/fake-excel";
import { fakeWorkbookFromBytes } from "../fakes/fixture-excel";
import { HEADER, NOW, parts, pegawai, tablePartXml, workbookWithTable } from "../hosts/user-table-book";

afterEach(() => uninstallFakeExcel());

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const blank = (n: number): CellValue[][] => Array.from({ length: n }, () => [null, null, null, null]);
const overlap = (a: Rect, b: Rect) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** Six civil servants in table A1:D12 (rows 8–12 left empty), plus a second table "Rujukan" at F10:G12. */
function twoTables(): Uint8Array {
  const values: CellValue[][] = [...pegawai(6), ...blank(2), [null, null, null, null, null, "Kode", "Arti"], [null, null, null, null, null, "A", "Aktif"], [null, null, null, null, null, "P", "Pensiun"]];
  const files = unzipSync(workbookWithTable(values, { name: "DataPegawai", rect: { row: 0, col: 0, rows: 12, cols: 4 }, columns: HEADER }));
  const sheet = "xl/worksheets/sheet1.xml";
  files[sheet] = strToU8(strFromU8(files[sheet]).replace('<tableParts count="1"><tablePart r:id="rId1"/>', '<tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId2"/>'));
  const rels = "xl/worksheets/_rels/sheet1.xml.rels";
  files[rels] = strToU8(strFromU8(files[rels]).replace("</Relationships>", `<Relationship Id="rId2" Type="${REL}/table" Target="../tables/table2.xml"/></Relationships>`));
  files["xl/tables/table2.xml"] = strToU8(tablePartXml({ name: "Rujukan", rect: { row: 9, col: 5, rows: 3, cols: 2 } }, values).replace('id="1"', 'id="2"'));
  files["[Content_Types].xml"] = strToU8(strFromU8(files["[Content_Types].xml"]).replace("</Types>", '<Override PartName="/xl/tables/table2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>'));
  return zipSync(files, { level: 1, mtime: new Date(2000, 0, 1) });
}

/** Six civil servants in table A1:D12 and a user's note at E11, right of the table's empty rows. */
const withNote = () =>
  workbookWithTable([...pegawai(6), ...blank(3), [null, null, null, null, "catatan"]], { name: "DataPegawai", rect: { row: 0, col: 0, rows: 12, cols: 4 }, columns: HEADER });

describe("review: a joined table never grows over another table or a user's cell under the records", () => {
  it("(.xlsx) the data table A1:D12 and the table Rujukan F10:G12 still do not overlap after a run", async () => {
    const host = XlsxHost.open(twoTables());
    const outcome = await classifyWorkbook(host, { now: NOW, sheet: "Data" });
    expect(outcome.ok).toBe(true);
    const p = parts(host.save());
    const a = parseTable(p["xl/tables/table1.xml"])!.rect;
    const b = parseTable(p["xl/tables/table2.xml"])!.rect;
    expect(b).toEqual(parseRangeAddress("F10:G12"));
    expect(overlap(a, b)).toBe(false);
  });

  it("(.xlsx) the user's note at E11 stays outside any table, where it was", async () => {
    const host = XlsxHost.open(withNote());
    expect((await classifyWorkbook(host, { now: NOW, sheet: "Data" })).ok).toBe(true);
    const out = host.save();
    const grid = await XlsxHost.open(out).readUsedGrid("Data");
    expect(grid.values[10][4]).toBe("catatan");
    const t = parseTable(parts(out)["xl/tables/table1.xml"])!.rect;
    expect(overlap(t, { row: 10, col: 4, rows: 1, cols: 1 })).toBe(false);
  });

  it("(Office, fake Excel) the same workbook classifies, and the note stays at E11, as in the .xlsx host", async () => {
    const model = installFakeExcel(await fakeWorkbookFromBytes(withNote(), "1.17"));
    model.activeSheet = "Data";
    const outcome = await runWithOfficeHost((h) => classifyWorkbook(h, { now: NOW, sheet: "Data" }));
    expect(outcome.ok, outcome.ok ? "" : outcome.error.message).toBe(true);
    expect(valueAt(findSheet(model, "Data")!, 10, 4)).toBe("catatan");
  });

  it("(pure) still joins when the rows under the records are empty in the new columns", () => {
    const header = [...HEADER];
    const grid: Grid = { sheet: "Data", origin: { row: 0, col: 0 }, values: [header, ...blank(11)], numberFormats: [], merges: [], hiddenRows: [],
      tables: [{ name: "T", rect: { row: 0, col: 0, rows: 12, cols: 4 }, headerRow: true, totalsRow: false, filtered: false }] };
    const block: Block = { sheet: "Data", row: 0, col: 4, values: [["Kotak"], [5], [6]] };
    expect(tableJoin(grid, block, undefined)?.table).toBe("T");
    grid.merges.push({ row: 8, col: 4, rows: 1, cols: 2 });
    expect(tableJoin(grid, block, undefined)).toBeUndefined();
  });
});

describe("review: cells Talenta clears before joining do not stop the table from growing", () => {
  it("(pure) old result cells under the records, inside the earlier run's block, count as free", () => {
    const values: CellValue[][] = [[...HEADER], ...blank(9), [null, null, null, null, "lama"]];
    const grid: Grid = { sheet: "Data", origin: { row: 0, col: 0 }, values, numberFormats: [], merges: [], hiddenRows: [],
      tables: [{ name: "T", rect: { row: 0, col: 0, rows: 12, cols: 4 }, headerRow: true, totalsRow: false, filtered: false }] };
    const block: Block = { sheet: "Data", row: 0, col: 4, values: [["Kotak"], [5], [6]] };
    expect(tableJoin(grid, block, undefined)).toBeUndefined();
    expect(tableJoin(grid, block, { columns: [], rect: { row: 0, col: 4, rows: 11, cols: 1 } })?.table).toBe("T");
  });
});
