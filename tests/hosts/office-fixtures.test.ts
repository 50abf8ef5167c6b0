import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { XlsxHost } from "../../src/hosts/xlsx";
import { installFakeExcel, uninstallFakeExcel } from "../fakes/fake-excel";
import { fakeWorkbookFromXlsx, FIXTURES } from "../fakes/fixture-excel";

afterEach(() => uninstallFakeExcel());

describe("OfficeHost on the fixture workbooks", () => {
  it.each(["pemetaan-administrator-2025.xlsx", "rich-workbook.xlsx"])(
    "reads every sheet of %s as the .xlsx host reads it", async (fixture) => {
      installFakeExcel(await fakeWorkbookFromXlsx(fixture));
      const xlsx = XlsxHost.open(new Uint8Array(readFileSync(new URL(fixture, FIXTURES))));
      const sheets = await xlsx.listSheets();
      expect(await runWithOfficeHost((h) => h.listSheets())).toEqual(sheets);
      for (const s of sheets) {
        const expected = await xlsx.readUsedGrid(s.name);
        const got = await runWithOfficeHost((h) => h.readUsedGrid(s.name));
        if (!expected.values.length) expect(got.values).toEqual([]);
        else expect(got).toEqual(expected);
      }
    });

  it("keeps the Keterangan texts that start with = + - @ as text when written back", async () => {
    const model = installFakeExcel(await fakeWorkbookFromXlsx("pemetaan-administrator-2025.xlsx"));
    const sheet = model.sheets.find((s) => s.visibility === "Visible")!.name;
    const grid = await runWithOfficeHost((h) => h.readUsedGrid(sheet));
    const risky = grid.values.flat().filter((v): v is string => typeof v === "string" && /^[=+\-@]/.test(v));
    expect(risky.length).toBeGreaterThanOrEqual(4);
    await runWithOfficeHost(async (h) => {
      await h.ensureSheet("Salinan");
      await h.writeBlock({ sheet: "Salinan", row: 0, col: 0, values: risky.map((v) => [v]) });
    });
    const back = await runWithOfficeHost((h) => h.readUsedGrid("Salinan"));
    expect(back.values.map((r) => r[0])).toEqual(risky);
  });
});
