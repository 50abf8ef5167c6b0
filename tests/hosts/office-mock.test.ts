// office-addin-mock pins the load → sync → read order of the real Office.js calls: its properties read as an
// error string unless they were loaded AND synced (unlike our fake, it never throws, so the test compares).
import { describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { readGrid } from "../../src/hosts/office/read-grid";
import { SheetCatalogue } from "../../src/hosts/office/catalogue";

/** The mock cannot hold collections (Office-Addin-Scripts #729): `patch` puts plain ones in after construction. */
function counted(seed: Record<string, unknown>, patch: (mock: any) => void = () => undefined) {
  const mock = new OfficeMockObject(seed);
  patch(mock);
  const ctx = mock.context as { sync(): Promise<void> };
  let syncs = 0;
  const sync = ctx.sync.bind(ctx);
  ctx.sync = async () => { syncs++; await sync(); };
  return { ctx: ctx as unknown as Excel.RequestContext, syncs: () => syncs };
}

describe("Office.js call order (office-addin-mock)", () => {
  it("loads the used range's extent and its last row, syncs, then loads values and formats of one block and syncs once more", async () => {
    const { ctx, syncs } = counted({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              used: {
                rowIndex: 4, columnIndex: 1, rowCount: 2, columnCount: 2, rowHidden: false,
                last: { values: [["Ani", 78.5]], numberFormat: [["General", "0.00"]] },
                getLastRow() { return this.last; },
              },
              block: { values: [["Nama", "Nilai"], ["Ani", 78.5]], numberFormat: [["General", "General"], ["General", "0.00"]] },
              getUsedRange() { return this.used; },
              getRangeByIndexes() { return this.block; },
            },
            getItem() { return this.sheet; },
          },
        },
      },
    }, (mock) => { mock.context.workbook.worksheets.sheet.tables = { items: [], load() { return this; } }; });
    const { grid } = await readGrid(ctx, "Data", () => false, { budget: 4 * 1024 * 1024 });
    expect(syncs()).toBe(2);
    expect(grid).toEqual({
      sheet: "Data", origin: { row: 4, col: 1 },
      values: [["Nama", "Nilai"], ["Ani", 78.5]], numberFormats: [["General", "General"], ["General", "0.00"]],
      merges: [], hiddenRows: [],
    });
  });

  it("queues the sheet list with names, visibility, position and protection for one sync", async () => {
    const items = [{ name: "Data", visibility: "Visible", position: 0, protection: { protected: false } }];
    const { ctx, syncs } = counted({
      context: {
        workbook: {
          worksheets: {
            active: { name: "Data" },
            getActiveWorksheet() { return this.active; },
          },
        },
      },
    }, (mock) => {
      const sheets = mock.context.workbook.worksheets;
      sheets.items = items;
      sheets.load = () => sheets;
    });
    const queued = SheetCatalogue.queue(ctx);
    await ctx.sync();
    const cat = queued.resolve();
    expect(syncs()).toBe(1);
    expect(cat.activeSheet).toBe("Data");
    expect(cat.list()).toEqual([{ name: "Data", visibility: "visible", protected: false }]);
  });
});
