import { afterEach, describe, expect, it } from "vitest";
import { SheetNotFoundError, SheetProtectedError } from "../../src/hosts/host";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import {
  addSheet, type FakeWorkbook, formatAt, installFakeExcel, loadGrid, newWorkbook, setCell, styleAt, uninstallFakeExcel, valueAt,
} from "../fakes/fake-excel";

afterEach(() => uninstallFakeExcel());

function workbook(apiVersion = "1.17"): FakeWorkbook {
  const model = installFakeExcel(newWorkbook(["Data", "Lain"], apiVersion));
  loadGrid(model, {
    sheet: "Data",
    origin: { row: 2, col: 1 },
    values: [["Nama", "NIP", "Nilai"], ["Ani", "19800101 200501 2 001", 78.5], ["Budi", null, 0.85]],
    numberFormats: [["General", "General", "General"], ["General", "@", "0.00"], ["General", "General", "0%"]],
    merges: [{ row: 0, col: 1, rows: 1, cols: 3 }],
    hiddenRows: [4],
  });
  setCell(model.sheets[0], 0, 1, "Pemetaan Talenta");
  return model;
}

describe("OfficeHost reads the used grid", () => {
  it("returns values with empty cells as null, number formats, merges and hidden rows in sheet coordinates", async () => {
    workbook();
    const grid = await runWithOfficeHost((h) => h.readUsedGrid("Data"));
    expect(grid.origin).toEqual({ row: 0, col: 1 });
    expect(grid.values).toEqual([
      ["Pemetaan Talenta", null, null], [null, null, null],
      ["Nama", "NIP", "Nilai"], ["Ani", "19800101 200501 2 001", 78.5], ["Budi", null, 0.85],
    ]);
    expect(grid.numberFormats[3]).toEqual(["General", "@", "0.00"]);
    expect(grid.numberFormats[4][2]).toBe("0%");
    expect(grid.merges).toEqual([{ row: 0, col: 1, rows: 1, cols: 3 }]);
    expect(grid.hiddenRows).toEqual([4]);
  });

  it("finds every hidden row among 5,000 without a sync per row", async () => {
    const model = installFakeExcel(newWorkbook(["Data"]));
    for (let r = 0; r < 5000; r++) setCell(model.sheets[0], r, 0, r);
    [0, 17, 18, 2500, 4999].forEach((r) => model.sheets[0].hiddenRows.add(r));
    const grid = await runWithOfficeHost((h) => h.readUsedGrid("Data"));
    expect(grid.hiddenRows).toEqual([0, 17, 18, 2500, 4999]);
    expect(model.syncCount).toBeLessThanOrEqual(3 + 5);
  });

  it("reports no hidden rows, and no probing sync, when none is hidden", async () => {
    const model = installFakeExcel(newWorkbook(["Data"]));
    setCell(model.sheets[0], 0, 0, "x");
    setCell(model.sheets[0], 9, 0, "y");
    const grid = await runWithOfficeHost((h) => h.readUsedGrid("Data"));
    expect(grid.hiddenRows).toEqual([]);
    expect(model.syncCount).toBe(2); // sheet list with the active sheet's extent, one block of cells
  });

  it("spends one more sync on the extent of a sheet that is not the active one", async () => {
    const model = workbook();
    model.activeSheet = "Lain";
    const grid = await runWithOfficeHost(async (h) => {
      await h.listSheets();
      return h.readUsedGrid("Data");
    });
    expect(grid.values[3][0]).toBe("Ani");
    expect(grid.hiddenRows).toEqual([4]);
    // Sheet list, Data's extent, one block, and one probe that finds which of the 5 rows is hidden.
    expect(model.syncCount).toBe(4);
  });

  it("reads a one-row sheet from the extent alone, with no block of its own", async () => {
    const model = installFakeExcel(newWorkbook(["Data"]));
    setCell(model.sheets[0], 4, 2, "=bukan rumus");
    setCell(model.sheets[0], 4, 3, 0.85, "0%");
    const grid = await runWithOfficeHost((h) => h.readUsedGrid("Data"));
    expect(grid).toMatchObject({ origin: { row: 4, col: 2 }, values: [["=bukan rumus", 0.85]], numberFormats: [["General", "0%"]], hiddenRows: [] });
    expect(model.syncCount).toBe(1);
  });

  it("does not trust the extent loaded with the sheet list once something was written to the sheet", async () => {
    const model = workbook();
    const grid = await runWithOfficeHost(async (h) => {
      await h.listSheets();
      await h.writeBlock({ sheet: "Data", row: 9, col: 5, values: [["baru"]] });
      return h.readUsedGrid("Data");
    });
    expect(grid.values).toHaveLength(10);
    expect(grid.values[9][4]).toBe("baru");
    expect(valueAt(model.sheets[0], 9, 5)).toBe("baru");
  });

  it("reads no merges below ExcelApi 1.13 instead of failing", async () => {
    workbook("1.12");
    const grid = await runWithOfficeHost((h) => h.readUsedGrid("Data"));
    expect(grid.merges).toEqual([]);
    expect(grid.values[3][0]).toBe("Ani");
  });

  it("gives an empty grid for an empty sheet", async () => {
    workbook();
    const grid = await runWithOfficeHost((h) => h.readUsedGrid("Lain"));
    expect(grid.values).toEqual([]);
    expect(grid.numberFormats).toEqual([]);
  });

  it("throws SheetNotFoundError for a sheet that is not there, and finds sheets without regard to case", async () => {
    workbook();
    await expect(runWithOfficeHost((h) => h.readUsedGrid("Tidak Ada"))).rejects.toBeInstanceOf(SheetNotFoundError);
    await expect(runWithOfficeHost((h) => h.readUsedGrid("data"))).resolves.toMatchObject({ sheet: "Data" });
  });

  it("knows which cells sit in an Excel table so result columns can join it", async () => {
    const model = workbook();
    model.sheets[0].tables.push({ name: "Pegawai", rect: { row: 2, col: 1, rows: 3, cols: 3 } });
    const table = await runWithOfficeHost(async (h) => {
      await h.readUsedGrid("Data");
      return [h.tableAt("Data", 3, 2), h.tableAt("Data", 0, 1), h.tableAt("Data", 5, 2)];
    });
    expect(table[0]).toEqual({ name: "Pegawai", rect: { row: 2, col: 1, rows: 3, cols: 3 }, headerRow: true, totalsRow: false, filtered: false });
    expect(table[1]).toBeUndefined();
    expect(table[2]).toBeUndefined();
  });

  it("lists sheets in workbook order with visibility and protection", async () => {
    const model = workbook();
    model.sheets[1].visibility = "VeryHidden";
    model.sheets[1].protected = true;
    expect(await runWithOfficeHost((h) => h.listSheets())).toEqual([
      { name: "Data", visibility: "visible", protected: false },
      { name: "Lain", visibility: "veryHidden", protected: true },
    ]);
  });
});

describe("RULES §7 OfficeHost writes text as text", () => {
  const tricky = ["=SUM(A1:A3)", "+62 812 3456", "-", "@rumah", "0012345", "'kutip", "TRUE", "1e5", "O'Brien"];

  it("writes strings that Excel would read as formulas, numbers or booleans so they read back unchanged", async () => {
    const model = workbook();
    await runWithOfficeHost((h) => h.writeBlock({ sheet: "Lain", row: 0, col: 0, values: tricky.map((t) => [t]) }));
    expect(model.sheets[1].formulas.size).toBe(0);
    const back = await runWithOfficeHost((h) => h.readUsedGrid("Lain"));
    expect(back.values.map((r) => r[0])).toEqual(tricky);
    expect(formatAt(model.sheets[1], 0, 0)).toBe("@");
  });

  it("keeps numbers and booleans as such, applies the block's number formats, and clears a cell for null", async () => {
    const model = workbook();
    setCell(model.sheets[1], 1, 0, "lama");
    await runWithOfficeHost((h) => h.writeBlock({
      sheet: "Lain", row: 0, col: 0, values: [[78.5, true], [null, 3]],
      formats: [{ row: 0, col: 0, rows: 2, cols: 1, style: { numberFormat: "0.00" } }],
    }));
    const s = model.sheets[1];
    expect([valueAt(s, 0, 0), valueAt(s, 0, 1), valueAt(s, 1, 0), valueAt(s, 1, 1)]).toEqual([78.5, true, null, 3]);
    expect([formatAt(s, 0, 0), formatAt(s, 0, 1)]).toEqual(["0.00", "General"]);
  });

  it("formats a 1,000-row range with one call per style property, never per cell", async () => {
    const model = workbook();
    const values = Array.from({ length: 1000 }, (_, i) => [i, `n${i}`]);
    await runWithOfficeHost((h) => h.writeBlock({
      sheet: "Lain", row: 0, col: 0, values,
      formats: [{ row: 0, col: 0, rows: 1000, cols: 2, style: { fill: "C6EFCE", bold: true, border: "thin", hAlign: "center" } }],
    }));
    const ops = model.sheets[1].formatOps;
    expect(ops.filter((o) => o.key === "fill.color")).toHaveLength(1);
    expect(ops).toHaveLength(3 + 6 * 2); // fill, bold, alignment; 6 border edges × (style, weight)
    expect(styleAt(model.sheets[1], 999, 1)).toMatchObject({ "fill.color": "#C6EFCE", "font.bold": true, "border.InsideHorizontal.weight": "Thin" });
  });

  it("refuses to write into a protected sheet with SheetProtectedError and sends nothing", async () => {
    const model = workbook();
    model.sheets[1].protected = true;
    await expect(runWithOfficeHost((h) => h.writeBlock({ sheet: "Lain", row: 0, col: 0, values: [["x"]] })))
      .rejects.toBeInstanceOf(SheetProtectedError);
    await expect(runWithOfficeHost((h) => h.clearRange("Lain", { row: 0, col: 0, rows: 1, cols: 1 })))
      .rejects.toBeInstanceOf(SheetProtectedError);
    expect(valueAt(model.sheets[1], 0, 0)).toBeNull();
  });

  it("throws SheetNotFoundError when writing to a missing sheet", async () => {
    workbook();
    await expect(runWithOfficeHost((h) => h.writeBlock({ sheet: "X", row: 0, col: 0, values: [[1]] })))
      .rejects.toBeInstanceOf(SheetNotFoundError);
  });

  it("leaves nothing queued when the run ends", async () => {
    const model = workbook();
    await runWithOfficeHost(async (h) => {
      await h.ensureSheet("Talenta - Kotak 9");
      await h.writeBlock({ sheet: "Talenta - Kotak 9", row: 0, col: 0, values: [["a"]] });
    });
    expect(model.discardedActions).toBe(0);
    expect(valueAt(model.sheets[2], 0, 0)).toBe("a");
  });
});

describe("OfficeHost sheets Talenta owns", () => {
  it("adds a missing sheet at the end", async () => {
    const model = workbook();
    await runWithOfficeHost((h) => h.ensureSheet("Talenta - Validasi"));
    expect(model.sheets.map((s) => s.name)).toEqual(["Data", "Lain", "Talenta - Validasi"]);
  });

  it("empties an existing sheet (values, formats, charts, layout) and keeps its place", async () => {
    const model = workbook();
    const old = addSheet(model, "Talenta - Kotak 9");
    model.sheets.splice(model.sheets.indexOf(old), 1);
    model.sheets.splice(1, 0, old);
    setCell(old, 0, 0, "lama", "0.00");
    old.charts.push({ name: "c", type: "XYScatter", category: {}, value: {}, series: [], legendVisible: true });
    old.freeze = { rows: 1, cols: 0 };
    await runWithOfficeHost((h) => h.ensureSheet("talenta - kotak 9"));
    const now = model.sheets[1];
    expect(now.name).toBe("Talenta - Kotak 9");
    expect(valueAt(now, 0, 0)).toBeNull();
    expect(now.charts).toEqual([]);
    expect(now.freeze).toBeUndefined();
  });

  it("refuses to empty a protected sheet", async () => {
    const model = workbook();
    addSheet(model, "Talenta - Suksesi").protected = true;
    await expect(runWithOfficeHost((h) => h.ensureSheet("Talenta - Suksesi"))).rejects.toBeInstanceOf(SheetProtectedError);
  });

  it("deletes a sheet it is asked to remove and ignores one that is already gone", async () => {
    const model = workbook();
    addSheet(model, "Talenta - Suksesi");
    await runWithOfficeHost(async (h) => {
      await h.deleteSheet("Talenta - Suksesi");
      await h.deleteSheet("Tidak Ada");
    });
    expect(model.sheets.map((s) => s.name)).toEqual(["Data", "Lain"]);
  });

  it("clears a rectangle's values, formats and merges but nothing around it", async () => {
    const model = workbook();
    const s = model.sheets[0];
    await runWithOfficeHost((h) => h.clearRange("Data", { row: 3, col: 2, rows: 2, cols: 2 }));
    expect([valueAt(s, 3, 2), valueAt(s, 4, 3), formatAt(s, 3, 3)]).toEqual([null, null, "General"]);
    expect([valueAt(s, 3, 1), valueAt(s, 2, 3)]).toEqual(["Ani", "Nilai"]);
  });

  it("activates a sheet and selects a cell for the pane's go-to", async () => {
    const model = workbook();
    await runWithOfficeHost((h) => h.selectCell("Lain", "C7"));
    expect(model.activeSheet).toBe("Lain");
    expect(model.selection).toBe("Lain!C7");
  });
});
