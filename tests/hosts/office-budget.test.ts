// Issue 3: classifying a workbook through the Office host takes at most 3 + ceil(payload / 4 MB) syncs and
// no request over 5 MB. Measured on the REAL use case (classifyWorkbook) over the fake Excel, on the
// benchmark's assessment sheet, for a first run (no settings part) and a re-run (settings and result
// columns present).
import { afterEach, describe, expect, it } from "vitest";
import { makeAssessmentRows } from "../../bench/make-workbook";
import { classifyWorkbook } from "../../src/app/classify";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { SETTINGS_NAMESPACE } from "../../src/hosts/settings-xml";
import { type FakeWorkbook, findSheet, installFakeExcel, newWorkbook, setCell, uninstallFakeExcel, valueAt } from "../fakes/fake-excel";

afterEach(() => uninstallFakeExcel());

const MB = 1024 * 1024;
const SHEET = "Pemetaan Talenta";
const NOW = new Date("2025-06-30T08:00:00Z");
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The benchmark's sheet: a title, a blank row, the header on row 3, then `n` civil servants. */
function assessmentWorkbook(n: number): FakeWorkbook {
  const model = installFakeExcel(newWorkbook([SHEET]));
  makeAssessmentRows(n).forEach((row, r) => row.forEach((v, c) => { if (v !== null) setCell(model.sheets[0], r, c, v); }));
  model.activeSheet = SHEET;
  return model;
}

interface RunFigures {
  syncs: number;
  payload: number;
  budget: number;
  largestRequest: number;
  largestResponse: number;
}

/** One ribbon-like run on the active sheet; the figures count only this run's syncs. */
async function classifyRun(model: FakeWorkbook): Promise<RunFigures> {
  const from = model.requestBytes.length;
  const syncsBefore = model.syncCount;
  const outcome = await runWithOfficeHost((host) => classifyWorkbook(host, { sheet: SHEET, now: NOW }));
  expect(outcome.ok).toBe(true);
  const requests = model.requestBytes.slice(from), responses = model.responseBytes.slice(from);
  const payload = sum(requests) + sum(responses);
  return {
    syncs: model.syncCount - syncsBefore,
    payload,
    budget: 3 + Math.ceil(payload / (4 * MB)),
    largestRequest: Math.max(...requests),
    largestResponse: Math.max(...responses),
  };
}

/** What every run must leave behind: one settings part, the result header, nothing forgotten in the queue. */
function expectWritten(model: FakeWorkbook, rows: number): void {
  expect(model.customXmlParts.filter((p) => p.namespaceUri === SETTINGS_NAMESPACE)).toHaveLength(1);
  expect(model.discardedActions).toBe(0);
  const data = findSheet(model, SHEET)!;
  const header = data.values[2].slice(15).filter((v) => v !== null);
  expect(header.length).toBeGreaterThan(0);
  // The last civil servant got result cells too, and the source cells are untouched.
  expect(data.values[2 + rows].slice(15).some((v) => v !== null)).toBe(true);
  expect(valueAt(data, 2 + rows, 2)).toBe(`Pegawai ${rows}, S.E.`);
  expect(findSheet(model, "Talenta - Kotak 9")).toBeDefined();
}

describe("Issue 3: Office host round trips on the real classifyWorkbook", () => {
  it("classifies 1,000 rows in 3 syncs on a first run: sheet list with extent, one block of cells, one batch of writes", async () => {
    const model = assessmentWorkbook(1000);
    const first = await classifyRun(model);
    expect(first.payload).toBeLessThan(4 * MB);
    expect(first.syncs).toBe(3);
    expect(first.syncs).toBeLessThanOrEqual(first.budget);
    expectWritten(model, 1000);
  });

  it("re-runs 1,000 rows in 4 syncs: the settings part present costs exactly one more (its XML)", async () => {
    const model = assessmentWorkbook(1000);
    await classifyRun(model);
    const again = await classifyRun(model);
    expect(again.syncs).toBe(4);
    expect(again.syncs).toBeLessThanOrEqual(again.budget);
    expectWritten(model, 1000);
  });

  it("classifies 100,000 rows, and re-runs them, within 3 + ceil(payload / 4 MB) syncs and no request or response over 5 MB", async () => {
    const model = assessmentWorkbook(100_000);
    const first = await classifyRun(model);
    expect(first.payload).toBeGreaterThan(40 * MB); // really the big case: many blocks each way
    expect(first.syncs).toBeLessThanOrEqual(first.budget);
    expect(first.largestRequest).toBeLessThanOrEqual(5 * MB);
    expect(first.largestResponse).toBeLessThanOrEqual(5 * MB);
    expectWritten(model, 100_000);

    const again = await classifyRun(model);
    expect(again.syncs).toBeLessThanOrEqual(again.budget);
    expect(again.largestRequest).toBeLessThanOrEqual(5 * MB);
    expect(again.largestResponse).toBeLessThanOrEqual(5 * MB);
    expectWritten(model, 100_000);
  }, 180_000);
});
