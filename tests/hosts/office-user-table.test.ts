// Issue 3 through the Office host on the fake Excel: the result columns join the user's table at no extra
// sync, and data under an active filter is refused before anything is written (office-js #224).
import { afterEach, describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import type { ClassifyOutcome, ClassifyRequest } from "../../src/app/types";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { generateWorkbook } from "../../src/hosts/xlsx/generate";
import { type FakeWorkbook, findSheet, installFakeExcel, uninstallFakeExcel, valueAt } from "../fakes/fake-excel";
import { fakeWorkbookFromBytes } from "../fakes/fixture-excel";
import { NOW, pegawai, workbookWithTable, type TableSpec } from "./user-table-book";

afterEach(() => uninstallFakeExcel());

const ID_NAMES = ["Nilai Kinerja (Y)", "Nilai Potensial (X)", "Kinerja", "Potensial", "Kotak", "Kategori", "Rekomendasi", "Kelompok Rencana Suksesi", "Nilai Talenta", "Catatan Talenta"];
const EN_NAMES = ["Performance score (Y)", "Potential score (X)", "Performance", "Potential", "Box", "Category", "Recommendation", "Succession group", "Talent score", "Talenta notes"];
const TABLE: TableSpec = { name: "DataPegawai", rect: { row: 0, col: 0, rows: 7, cols: 4 } };

async function excel(bytes: Uint8Array, apiVersion = "1.17"): Promise<FakeWorkbook> {
  const model = installFakeExcel(await fakeWorkbookFromBytes(bytes, apiVersion));
  model.activeSheet = "Data";
  return model;
}

async function classify(model: FakeWorkbook, request: ClassifyRequest = {}): Promise<{ outcome: ClassifyOutcome; syncs: number }> {
  const before = model.syncCount;
  const outcome = await runWithOfficeHost((h) => classifyWorkbook(h, { now: NOW, sheet: "Data", ...request }));
  expect(model.discardedActions).toBe(0);
  return { outcome, syncs: model.syncCount - before };
}

const header = (model: FakeWorkbook) => Array.from({ length: 14 }, (_, c) => valueAt(findSheet(model, "Data")!, 0, c));

describe("issue 3: the result columns join the user's table (Office host, fake Excel)", () => {
  it("the table A1:D7 grows to A1:N7, its new header cells are Talenta's, with as many syncs as without a table", async () => {
    const plain = await excel(generateWorkbook(pegawai(6)));
    const without = await classify(plain);
    uninstallFakeExcel();
    const model = await excel(workbookWithTable(pegawai(6), TABLE));
    const { outcome, syncs } = await classify(model);
    expect(outcome.ok).toBe(true);
    const table = findSheet(model, "Data")!.tables[0];
    expect(table.rect).toEqual({ row: 0, col: 0, rows: 7, cols: 14 });
    expect(header(model)).toEqual(["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial", ...ID_NAMES]);
    expect(syncs).toBe(without.syncs);
    expect(valueAt(findSheet(model, "Data")!, 6, 8)).toBeTypeOf("number"); // Kotak of the last civil servant
  });

  it("a re-run adds no column; in English it renames the joined columns through their header cells", async () => {
    const model = await excel(workbookWithTable(pegawai(6), TABLE));
    await classify(model);
    expect((await classify(model)).outcome.ok).toBe(true);
    expect(findSheet(model, "Data")!.tables[0].rect.cols).toBe(14);
    await classify(model, { lang: "en" });
    expect(findSheet(model, "Data")!.tables[0].rect.cols).toBe(14);
    expect(header(model).slice(4)).toEqual(EN_NAMES);
  });

  it("a table that ends a column short of the result columns does not grow", async () => {
    const model = await excel(workbookWithTable(pegawai(6), { ...TABLE, rect: { row: 0, col: 0, rows: 7, cols: 3 } }));
    expect((await classify(model)).outcome.ok).toBe(true);
    expect(findSheet(model, "Data")!.tables[0].rect.cols).toBe(3);
    expect(header(model)[4]).toBe("Nilai Kinerja (Y)");
  });
});

describe("issue 3 and RULES §6: data under an active filter is refused in Excel, and nothing is written", () => {
  async function refused(model: FakeWorkbook, lang?: "en") {
    const snapshot = JSON.stringify(model.sheets.map((s) => [s.name, s.values, s.formats, s.tables]));
    const writes = model.writes;
    const { outcome } = await classify(model, lang ? { lang } : {});
    expect(model.writes - writes).toBe(0);
    expect(JSON.stringify(model.sheets.map((s) => [s.name, s.values, s.formats, s.tables]))).toBe(snapshot);
    expect(model.customXmlParts).toEqual([]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) throw new Error("unreachable");
    expect(outcome.error.code).toBe("data-filtered");
    return outcome.error;
  }

  it("a filtered table holding the data: the message names the table, says every row counts and how to clear the filter", async () => {
    const model = await excel(workbookWithTable(pegawai(6), { ...TABLE, filtered: true }));
    const error = await refused(model);
    expect(error.message).toContain('Tabel "DataPegawai" di lembar "Data" sedang difilter');
    expect(error.message).toContain("termasuk baris yang disembunyikan filter");
    expect(error.message).toContain("Data › Hapus");
    expect(error.data).toEqual({ sheet: "Data", table: "DataPegawai" });
    const en = await refused(model, "en");
    expect(en.message).toContain('Table "DataPegawai" on sheet "Data" is filtered');
    expect(en.message).toContain("Data › Clear");
  });

  it("the sheet's own filter with criteria over the data rows is refused too, naming the sheet", async () => {
    const model = await excel(generateWorkbook(pegawai(6)));
    findSheet(model, "Data")!.autoFilter = { rect: { row: 0, col: 0, rows: 7, cols: 4 }, filtered: true };
    const error = await refused(model);
    expect(error.message).toMatch(/^Data di lembar "Data" sedang difilter/);
  });

  it("a filter without criteria, or a filtered table on rows below the data, is no reason to refuse", async () => {
    const model = await excel(generateWorkbook(pegawai(6)));
    const sheet = findSheet(model, "Data")!;
    sheet.autoFilter = { rect: { row: 0, col: 0, rows: 7, cols: 4 }, filtered: false };
    sheet.tables.push({ name: "Lain", rect: { row: 20, col: 0, rows: 3, cols: 2 }, filtered: true });
    expect((await classify(model)).outcome.ok).toBe(true);
  });

  it("below ExcelApi 1.9 the filter cannot be seen: the run goes ahead and the table still grows", async () => {
    const model = await excel(workbookWithTable(pegawai(6), { ...TABLE, filtered: true }), "1.8");
    expect((await classify(model)).outcome.ok).toBe(true);
    expect(findSheet(model, "Data")!.tables[0].rect.cols).toBe(14);
  });
});
