import { afterEach, describe, expect, it } from "vitest";
import type { SheetLayout } from "../../src/grid/types";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { addSheet, type FakeWorkbook, installFakeExcel, newWorkbook, setCell, uninstallFakeExcel } from "../fakes/fake-excel";

afterEach(() => uninstallFakeExcel());

const K9 = "Talenta - Kotak 9";

function workbook(apiVersion = "1.17"): FakeWorkbook {
  const model = installFakeExcel(newWorkbook(["Data"], apiVersion));
  addSheet(model, K9);
  return model;
}

const A4 = { orientation: "portrait" as const, paper: "A4" as const };

describe("OfficeHost sheet layout", () => {
  const layout = {
    columnWidths: [{ col: 0, width: 8.43 }, { col: 1, width: 20 }, { col: 2, width: 20 }],
    merges: [{ row: 0, col: 0, rows: 1, cols: 4 }],
    freeze: { rows: 2, cols: 1 },
    page: { orientation: "landscape" as const, paper: "A4" as const, fitToWidth: 1, fitToHeight: 1, printArea: { row: 0, col: 0, rows: 30, cols: 12 } },
    tabColor: "1F3864",
    showGridLines: false,
  };

  it("sets widths in points (8.43 characters is Excel's 48-point default), merges, panes, A4 landscape fit to one page, tab colour", async () => {
    const model = workbook();
    await runWithOfficeHost((h) => h.setLayout("Talenta - Kotak 9", layout));
    const s = model.sheets[1];
    expect([s.columnWidths.get(0), s.columnWidths.get(1), s.columnWidths.get(2)]).toEqual([48, 108.75, 108.75]);
    expect(s.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
    expect(s.freeze).toEqual({ rows: 2, cols: 1 });
    expect(s.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
    expect(s.tabColor).toBe("#1F3864");
    expect(s.showGridlines).toBe(false);
  });

  it("skips page setup and gridlines on ExcelApi 1.7 instead of failing", async () => {
    const model = workbook("1.7");
    await runWithOfficeHost((h) => h.setLayout("Talenta - Kotak 9", layout));
    const s = model.sheets[1];
    expect(s.pageLayout).toEqual({});
    expect(s.showGridlines).toBe(true);
    expect(s.freeze).toEqual({ rows: 2, cols: 1 });
    expect(model.suspendedScreenUpdating).toBe(0);
  });
});

describe("OfficeHost page fitting means what the .xlsx host writes (0 or unset: as many pages as needed)", () => {
  const zoomFor = async (page: NonNullable<SheetLayout["page"]>) => {
    const model = workbook();
    await runWithOfficeHost((h) => h.setLayout(K9, { page }));
    return model.sheets[1].pageLayout.zoom;
  };

  it("fits one page wide and lets the pages run down for fitToWidth 1, fitToHeight 0", async () => {
    expect(await zoomFor({ ...A4, fitToWidth: 1, fitToHeight: 0 })).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it("treats an unset fitToHeight as automatic too, not as one page tall", async () => {
    expect(await zoomFor({ ...A4, fitToWidth: 1 })).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it("fits the whole sheet on one page for 1 × 1, and on two pages tall with an automatic width for height 2 alone", async () => {
    expect(await zoomFor({ ...A4, fitToWidth: 1, fitToHeight: 1 })).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(await zoomFor({ ...A4, fitToHeight: 2 })).toEqual({ horizontalFitToPages: 0, verticalFitToPages: 2 });
  });

  it("leaves Excel's scale alone when neither count is given", async () => {
    expect(await zoomFor({ ...A4 })).toBeUndefined();
  });
});

describe("OfficeHost dropdown lists (SheetLayout.validations)", () => {
  const jenjang = ["Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama"];

  it("puts an in-cell dropdown with the items joined by commas on the rectangle", async () => {
    const model = workbook();
    await runWithOfficeHost((h) => h.setLayout(K9, { validations: [{ rect: { row: 4, col: 2, rows: 100, cols: 1 }, list: jenjang }] }));
    expect(model.sheets[1].validations).toEqual([{
      rect: { row: 4, col: 2, rows: 100, cols: 1 },
      rule: { list: { inCellDropDown: true, source: "Ahli Pertama,Ahli Muda,Ahli Madya,Ahli Utama" } },
    }]);
  });

  it("leaves out a list it cannot write inline: an item with a comma, a formula-looking source, over 255 characters", async () => {
    const model = workbook();
    const rect = { row: 0, col: 0, rows: 5, cols: 1 };
    await runWithOfficeHost((h) => h.setLayout(K9, { validations: [
      { rect, list: ["Penata Muda, III/a", "Penata, III/c"] },
      { rect, list: ["=A1", "b"] },
      { rect, list: ["x".repeat(128), "y".repeat(128)] }, // 128 + 1 + 128 = 257 characters
      { rect: { ...rect, col: 3 }, list: ["x".repeat(127), "y".repeat(127)] }, // 255: still fits
    ] }));
    expect(model.sheets[1].validations.map((v) => v.rect.col)).toEqual([3]);
  });

  it("skips dropdowns below ExcelApi 1.8 and still lays the sheet out", async () => {
    const model = workbook("1.7");
    await runWithOfficeHost((h) => h.setLayout(K9, { tabColor: "1F3864", validations: [{ rect: { row: 0, col: 0, rows: 2, cols: 1 }, list: jenjang }] }));
    expect(model.sheets[1].validations).toEqual([]);
    expect(model.sheets[1].tabColor).toBe("#1F3864");
  });
});

describe("OfficeHost Excel tables (SheetLayout.tables)", () => {
  function withList(model: FakeWorkbook): void {
    const s = model.sheets[1];
    ["Nama", "Kotak", "Kategori"].forEach((h, c) => setCell(s, 2, c, h));
    for (let r = 3; r < 6; r++) [`Pegawai ${r}`, 9, "Bintang"].forEach((v, c) => setCell(s, r, c, v));
  }

  it("makes a table with its name and style over the rectangle, header row first", async () => {
    const model = workbook();
    withList(model);
    await runWithOfficeHost((h) => h.setLayout(K9, { tables: [{ name: "Talenta_Kotak9", rect: { row: 2, col: 0, rows: 4, cols: 3 }, style: "TableStyleMedium2" }] }));
    expect(model.sheets[1].tables).toEqual([{ name: "Talenta_Kotak9", rect: { row: 2, col: 0, rows: 4, cols: 3 }, style: "TableStyleMedium2" }]);
  });

  it("leaves out a table that would have only its header row", async () => {
    const model = workbook();
    withList(model);
    await runWithOfficeHost((h) => h.setLayout(K9, { tables: [{ name: "Kosong", rect: { row: 2, col: 0, rows: 1, cols: 3 } }] }));
    expect(model.sheets[1].tables).toEqual([]);
  });

  it("refuses a name Excel would refuse, before anything is queued", async () => {
    const model = workbook();
    withList(model);
    for (const name of ["Kotak 9", "A1", "R1C1", "9kotak"]) {
      await expect(runWithOfficeHost((h) => h.setLayout(K9, { tabColor: "1F3864", tables: [{ name, rect: { row: 2, col: 0, rows: 4, cols: 3 } }] })))
        .rejects.toBeInstanceOf(TypeError);
    }
    expect(model.sheets[1].tables).toEqual([]);
    expect(model.sheets[1].tabColor).toBe("");
  });

  it("adds tables and dropdowns to the write batch: no sync of their own", async () => {
    const model = workbook();
    withList(model);
    await runWithOfficeHost(async (h) => {
      await h.listSheets();
      await h.setLayout(K9, {
        tables: [{ name: "Daftar", rect: { row: 2, col: 0, rows: 4, cols: 3 } }],
        validations: [{ rect: { row: 3, col: 2, rows: 3, cols: 1 }, list: ["Bintang", "Potensial"] }],
      });
    });
    expect(model.syncCount).toBe(2); // the sheet list, then the one final batch
    expect([model.sheets[1].tables.length, model.sheets[1].validations.length]).toEqual([1, 1]);
  });
});

describe("OfficeHost print titles, page breaks and footer (SheetLayout.page, ExcelApi 1.9)", () => {
  const page = {
    ...A4,
    orientation: "landscape" as const,
    fitToWidth: 1,
    printTitles: { rows: { first: 3, last: 3 } },
    rowBreaks: [40, 12],
    footer: "&LTalenta - Validasi&RHalaman &P dari &N",
  };

  it("repeats the header row, breaks above the given rows and splits the footer into its sections, in the write batch", async () => {
    const model = workbook();
    await runWithOfficeHost(async (h) => {
      await h.listSheets();
      await h.setLayout(K9, { page });
    });
    expect(model.syncCount).toBe(2); // the sheet list, then the one final batch
    expect(model.sheets[1].pageLayout).toMatchObject({
      printTitleRows: "$4:$4",
      rowBreaks: [12, 40],
      headersFooters: { leftFooter: "Talenta - Validasi", rightFooter: "Halaman &P dari &N" },
    });
    expect(model.sheets[1].pageLayout.headersFooters).not.toHaveProperty("centerFooter");
  });

  it("skips them below ExcelApi 1.9 with the rest of the page setup", async () => {
    const model = workbook("1.8");
    await runWithOfficeHost((h) => h.setLayout(K9, { page, tabColor: "1F3864" }));
    expect(model.sheets[1].pageLayout).toEqual({});
    expect(model.sheets[1].tabColor).toBe("#1F3864");
  });
});
