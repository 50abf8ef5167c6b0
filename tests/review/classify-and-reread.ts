// A review test's round trip: classify a workbook through the .xlsx host (fixed clock), save it, and read the
// data sheet of the saved file back.
import { expect } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost } from "../../src/hosts/xlsx";

const NOW = new Date("2025-06-02T03:00:00Z");

export async function classifyAndReread(bytes: Uint8Array, sheet = "Pemetaan Talenta") {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { now: NOW });
  expect(outcome.ok).toBe(true);
  const saved = host.save();
  return { saved, grid: await XlsxHost.open(saved).readUsedGrid(sheet) };
}
