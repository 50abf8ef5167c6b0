// Issue 4 in the Office host: the same succession sheets through the fake Excel, and the sync count a
// Jabatan Target sheet adds (one read) measured on the real classifyWorkbook.
import { afterEach, describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { findSheet, installFakeExcel, uninstallFakeExcel } from "../fakes/fake-excel";
import { fakeWorkbookFromXlsx } from "../fakes/fixture-excel";

afterEach(() => uninstallFakeExcel());
const NOW = new Date("2026-11-23T10:00:00Z");

describe("RULES §8 in the Office host (fake Excel)", () => {
  it("writes Suksesi, Talent Pool and Ringkasan for talenta-jpt-bkn411.xlsx with two more syncs than without the Jabatan Target sheet", async () => {
    const model = installFakeExcel(await fakeWorkbookFromXlsx("talenta-jpt-bkn411.xlsx"));
    const before = model.syncCount;
    const outcome = await runWithOfficeHost((host) => classifyWorkbook(host, { sheet: "Data Talenta", now: NOW }));
    expect(outcome.ok).toBe(true);
    const syncs = model.syncCount - before;
    // Measured: 5. The Jabatan Target read costs the Office host two syncs (its extent, then its cells),
    // as any sheet not prefetched in the first sync does; a workbook without it keeps 3 (next test).
    expect(syncs).toBeLessThanOrEqual(5);
    for (const name of ["Talenta - Suksesi", "Talenta - Talent Pool", "Talenta - Ringkasan"]) expect(findSheet(model, name), name).toBeDefined();
    const suksesi = findSheet(model, "Talenta - Suksesi")!;
    expect(suksesi.values.flat()).toContain("1. Kepala Dinas Pendidikan dan Kebudayaan");
  });

  it("adds no sync when the workbook has no Jabatan Target sheet, and still writes Talent Pool and Ringkasan", async () => {
    const workbook = await fakeWorkbookFromXlsx("talenta-jpt-bkn411.xlsx");
    workbook.sheets = workbook.sheets.filter((s) => s.name !== "Jabatan Target");
    const model = installFakeExcel(workbook);
    const before = model.syncCount;
    const outcome = await runWithOfficeHost((host) => classifyWorkbook(host, { sheet: "Data Talenta", now: NOW }));
    expect(outcome.ok).toBe(true);
    expect(model.syncCount - before).toBe(3);
    expect(findSheet(model, "Talenta - Suksesi")).toBeUndefined();
    expect(findSheet(model, "Talenta - Talent Pool")).toBeDefined();
    expect(findSheet(model, "Talenta - Ringkasan")).toBeDefined();
  });
});
