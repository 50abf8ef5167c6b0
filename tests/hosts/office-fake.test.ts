// The fake Excel must fail where Excel fails, or the OfficeHost tests prove nothing.
import { afterEach, describe, expect, it } from "vitest";
import { formatAt, installFakeExcel, newWorkbook, uninstallFakeExcel, valueAt } from "../fakes/fake-excel";

afterEach(() => uninstallFakeExcel());

type AnyCtx = { workbook: { worksheets: { getItem(n: string): any; getItemOrNullObject(n: string): any } }; sync(): Promise<void> };
const run = <T>(fn: (ctx: AnyCtx) => Promise<T>): Promise<T> => (globalThis as any).Excel.run(fn);

describe("fake Excel load/sync semantics", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, and gives it after", async () => {
    installFakeExcel(newWorkbook(["Data"]));
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([["", ""], ["", ""]]);
    });
  });

  it("fails the sync with ItemNotFound for a missing sheet, and reports a null object for the OrNullObject form", async () => {
    installFakeExcel(newWorkbook(["Data"]));
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("X").getRange("A1").load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      const ws = ctx.workbook.worksheets.getItemOrNullObject("X");
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it("turns strings into formulas, numbers and booleans under General, keeps them under text format, and strips a quote prefix", async () => {
    const model = installFakeExcel(newWorkbook(["Data"]));
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:D1").values = [["=x", "0012", "TRUE", "'=y"]];
      const text = ws.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["=x", "0012"]];
      await ctx.sync();
    });
    const s = model.sheets[0];
    expect([valueAt(s, 0, 0), valueAt(s, 0, 1), valueAt(s, 0, 2), valueAt(s, 0, 3)]).toEqual(["#NAME?", 12, true, "=y"]);
    expect(s.formulas.size).toBe(1);
    expect([valueAt(s, 1, 0), valueAt(s, 1, 1), formatAt(s, 1, 0)]).toEqual(["=x", "0012", "@"]);
  });

  it("leaves a cell unchanged for null in an input array, and refuses an array of the wrong shape", async () => {
    const model = installFakeExcel(newWorkbook(["Data"]));
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1").values = [["lama"]];
      ws.getRange("A1").values = [[null]];
      await ctx.sync();
      ws.getRange("A1:B1").values = [["a"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(valueAt(model.sheets[0], 0, 0)).toBe("lama");
  });

  it("refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const model = installFakeExcel(newWorkbook(["Data"]));
    const big = Array.from({ length: 120_000 }, (_, i) => [`baris nomor ${i} dengan teks panjang`, i, i * 2]);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:C120000").values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(valueAt(model.sheets[0], 0, 0)).toBeNull();
    expect(model.syncCount).toBe(1);
  });

  it("fails with ApiNotFound when the host's ExcelApi version is below the call's set", async () => {
    installFakeExcel(newWorkbook(["Data"], "1.8"));
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").pageLayout.orientation = "Landscape";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  it("counts actions left queued at the end of Excel.run", async () => {
    const model = installFakeExcel(newWorkbook(["Data"]));
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    });
    expect(model.discardedActions).toBeGreaterThan(0);
    expect(valueAt(model.sheets[0], 0, 0)).toBeNull();
  });

  it("gives the used range's last row, and refuses a fit-to-pages count that is not a whole number ≥ 0", async () => {
    installFakeExcel(newWorkbook(["Data"]));
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("B2:C4").values = [[1, 2], [3, 4], [5, 6]];
      await ctx.sync();
      const last = ws.getUsedRange(true).getLastRow().load("address,values");
      await ctx.sync();
      expect([last.address, last.values]).toEqual(["Data!B4:C4", [[5, 6]]]);
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await ctx.sync();
      ws.pageLayout.zoom = { verticalFitToPages: -1 };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("refuses a list source over 255 characters and keeps one of 255", async () => {
    const model = installFakeExcel(newWorkbook(["Data"]));
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "x".repeat(255) } };
      await ctx.sync();
      ws.getRange("B1:B5").dataValidation.rule = { list: { inCellDropDown: true, source: "x".repeat(256) } };
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(model.sheets[0].validations.map((v) => v.rect.col)).toEqual([0]);
  });

  it("refuses a table over merged cells or another table, and a table name that is taken or reads as a cell", async () => {
    const model = installFakeExcel(newWorkbook(["Data"]));
    model.sheets[0].merges.push({ row: 0, col: 0, rows: 1, cols: 3 });
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.tables.add("A1:C4", true);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ws.tables.add("A2:C4", true).name = "Daftar";
      await ctx.sync();
      ws.tables.add("C4:D6", true);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ws.tables.add("F2:G4", true).name = "daftar";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      ws.tables.add("J2:K4", true).name = "A1";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(model.sheets[0].tables.map((t) => t.name)).toContain("Daftar");
  });
});
