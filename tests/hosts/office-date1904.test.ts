// The Office host in a workbook using the 1904 date system (Excel's workbook option, old Mac Excel's default):
// Range.values gives the workbook's own serials, 1,462 below the 1900 system's for the same day, so every grid
// the host reads must say date1904 (the sheet layer moves the serials up), learned without a sync of its own.
import { afterEach, describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import type { CellValue } from "../../src/grid/types";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { type FakeWorkbook, findSheet, installFakeExcel, newWorkbook, setCell, uninstallFakeExcel } from "../fakes/fake-excel";
import { excelDate } from "../fakes/fake-excel/functions";
import { fakeWorkbookFromBytes } from "../fakes/fixture-excel";
import { DATE_SHIFT_1904, serial, withBirthDates } from "../integration/date-system-book";

afterEach(() => uninstallFakeExcel());

const NOW = new Date("2025-06-02T03:00:00Z");

/** "Data" (active, 10 rows: a header and birth dates), "Satu" (one row), "Lain" (3 rows), "Kosong" (empty). */
function workbook(system: 1900 | 1904): FakeWorkbook {
  const model = installFakeExcel(newWorkbook(["Data", "Satu", "Lain", "Kosong"]));
  model.date1904 = system === 1904;
  const shift = system === 1904 ? DATE_SHIFT_1904 : 0;
  const [data, satu, lain] = model.sheets;
  setCell(data, 0, 0, "Nama");
  setCell(data, 0, 1, "Tanggal Lahir");
  for (let r = 1; r < 10; r++) {
    setCell(data, r, 0, `Pegawai ${r}`);
    setCell(data, r, 1, serial(1970 + r, 3, 17) - shift, "dd/mm/yyyy");
  }
  setCell(satu, 0, 0, "Nama");
  setCell(satu, 0, 1, serial(1980, 1, 1) - shift, "dd/mm/yyyy");
  setCell(lain, 0, 0, "x");
  setCell(lain, 2, 0, "y");
  return model;
}

describe("OfficeHost and the 1904 date system", () => {
  it("has a fake DATE that answers as Excel does in each system (the probe's premise)", () => {
    // Excel: DATE(1904,1,1) is 1462 in the 1900 system and 0 in the 1904 one; 2000-01-01 is 36526 and 35064.
    expect([excelDate(1904, 1, 1, false).value, excelDate(1904, 1, 1, true).value]).toEqual([1462, 0]);
    expect([excelDate(2000, 1, 1, false).value, excelDate(2000, 1, 1, true).value]).toEqual([36526, 35064]);
    expect([excelDate(1900, 3, 1, false).value, excelDate(1903, 12, 31, true).error]).toEqual([61, "#NUM!"]);
  });

  it("marks every grid of a 1904-system workbook date1904, and none of a 1900-system one, asking DATE once per run", async () => {
    for (const system of [1900, 1904] as const) {
      const model = workbook(system);
      const grids = await runWithOfficeHost(async (h) =>
        [await h.readUsedGrid("Data"), await h.readUsedGrid("Satu"), await h.readUsedGrid("Lain"), await h.readUsedGrid("Kosong")]);
      for (const grid of grids) {
        if (system === 1904) expect(grid.date1904, `${system} ${grid.sheet}`).toBe(true);
        else expect(grid.date1904, `${system} ${grid.sheet}`).toBeUndefined();
      }
      // The serials are the workbook's own: the host does not move them (the sheet layer does, once).
      expect(grids[0].values[1][1]).toBe(serial(1971, 3, 17) - (system === 1904 ? DATE_SHIFT_1904 : 0));
      expect(model.functionCalls).toEqual(["date(1904,1,1)"]);
      expect(model.discardedActions).toBe(0);
    }
  });

  it("costs no sync: readUsedGrid takes as many syncs in a 1904-system workbook as before (2, 1 and 3)", async () => {
    // The figures of office-host.test.ts: the active sheet in 2 (sheet list with its extent, one block of cells),
    // a one-row active sheet in 1 (the extent alone), another sheet in 3 (sheet list, its extent, one block).
    const cases: { sheet: string; active: string; syncs: number }[] = [
      { sheet: "Data", active: "Data", syncs: 2 },
      { sheet: "Satu", active: "Satu", syncs: 1 },
      { sheet: "Data", active: "Lain", syncs: 3 },
    ];
    for (const { sheet, active, syncs } of cases) {
      const counted: Record<number, number> = {};
      for (const system of [1900, 1904] as const) {
        const model = workbook(system);
        model.activeSheet = active;
        const grid = await runWithOfficeHost((h) => h.readUsedGrid(sheet));
        expect(grid.date1904 === true, `${sheet} in ${system}`).toBe(system === 1904);
        counted[system] = model.syncCount;
      }
      expect(counted, `${sheet} with ${active} active`).toEqual({ 1900: syncs, 1904: syncs });
    }
  });

  it("reads as the 1900 system, and still reads, when the host refuses the DATE probe", async () => {
    const model = workbook(1904);
    model.functionsRefused = true;
    const grid = await runWithOfficeHost((h) => h.readUsedGrid("Data"));
    expect(model.functionCalls).toEqual(["date(1904,1,1)"]); // it was asked, and refused
    expect(grid.date1904).toBeUndefined();
    expect(grid.values).toHaveLength(10);
    expect(grid.values[9][0]).toBe("Pegawai 9");
    expect(model.discardedActions).toBe(0);
  });
});

const OUTPUT_SHEETS = ["Talenta - Suksesi", "Talenta - Talent Pool", "Talenta - Ringkasan"];

async function classifyInExcel(system: 1900 | 1904) {
  const model = installFakeExcel(await fakeWorkbookFromBytes(withBirthDates(system)));
  expect(model.date1904).toBe(system === 1904);
  const data = findSheet(model, "Data Talenta")!;
  const firstBirth = data.values.slice(3).find((row) => typeof row?.[21] === "number")![21] as number;
  const before = model.syncCount;
  const outcome = await runWithOfficeHost((host) => classifyWorkbook(host, { sheet: "Data Talenta", now: NOW }));
  expect(outcome.ok).toBe(true);
  uninstallFakeExcel();
  const sheets: Record<string, CellValue[][]> = {};
  for (const name of OUTPUT_SHEETS) sheets[name] = findSheet(model, name)!.values;
  return { sheets, firstBirth, syncs: model.syncCount - before };
}

describe("a run through the Office host on a 1904-system workbook", () => {
  it("writes the same Suksesi, Talent Pool and Ringkasan as the same dates in the 1900 system, in as many syncs", async () => {
    const in1900 = await classifyInExcel(1900);
    const in1904 = await classifyInExcel(1904);
    // The cells really hold each system's serials, and the 1900 run really uses the birth dates.
    expect(in1900.firstBirth - in1904.firstBirth).toBe(DATE_SHIFT_1904);
    expect(in1900.sheets["Talenta - Suksesi"].flat().some((v) => typeof v === "string" && /pensiun \d{1,2} [A-Z][a-z]+ \d{4}/.test(v))).toBe(true);
    for (const name of OUTPUT_SHEETS) expect(in1904.sheets[name], name).toEqual(in1900.sheets[name]);
    expect(in1904.syncs).toBe(in1900.syncs);
  });
});
