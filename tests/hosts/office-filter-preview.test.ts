// Issue 3: a filtered table gets its clear message before the user clicks Klasifikasi: the preview (which
// writes nothing) still counts the boxes and says the run would stop, and why.
import { afterEach, describe, expect, it } from "vitest";
import { previewClassification } from "../../src/app/preview";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { installFakeExcel, uninstallFakeExcel } from "../fakes/fake-excel";
import { fakeWorkbookFromBytes } from "../fakes/fixture-excel";
import { NOW, pegawai, workbookWithTable, type TableSpec } from "./user-table-book";

afterEach(() => uninstallFakeExcel());

const TABLE: TableSpec = { name: "DataPegawai", rect: { row: 0, col: 0, rows: 7, cols: 4 } };

async function officePreview(spec: TableSpec) {
  const model = installFakeExcel(await fakeWorkbookFromBytes(workbookWithTable(pegawai(6), spec), "1.17"));
  model.activeSheet = "Data";
  const outcome = await runWithOfficeHost((h) => previewClassification(h, { now: NOW, sheet: "Data" }));
  return { outcome, writes: model.writes };
}

describe("issue 3: the preview warns about a filtered table before anything is written", () => {
  it("in Excel, a filtered table: box counts for all 6 rows and the refusal naming the table", async () => {
    const { outcome, writes } = await officePreview({ ...TABLE, filtered: true });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.rows).toBe(6);
    expect(outcome.summary.blocked?.code).toBe("data-filtered");
    expect(outcome.summary.blocked?.message).toContain('"DataPegawai"');
    expect(writes).toBe(0);
  });

  it("in Excel, the same table unfiltered: no warning", async () => {
    const { outcome } = await officePreview(TABLE);
    expect(outcome.ok && outcome.summary.blocked).toBeUndefined();
  });

  it("in a file (.xlsx host), a filtered table is no reason to warn: filtered rows are data (RULES §6)", async () => {
    const host = XlsxHost.open(workbookWithTable(pegawai(6), { ...TABLE, filtered: true }));
    const outcome = await previewClassification(host, { now: NOW, sheet: "Data" });
    expect(outcome.ok && outcome.summary.blocked).toBeUndefined();
    expect(outcome.ok && outcome.summary.rows).toBe(6);
  });
});
