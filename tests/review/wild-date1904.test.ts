// Review (wild inputs): a workbook saved with the 1904 date system (Excel for Mac, "Use 1904 date system";
// <workbookPr date1904="1"/>) stores every date as a serial 1462 days smaller than the 1900 system does. The
// dates the user sees are the same, so ages, years to BUP and everything RULES §8 derives from them must be too.
// Before the fix the serials were read as if they were 1900-system ones: every date landed 4 years and a day early,
// and near-miss reasons printed retirement dates such as "pensiun 2023-08-01" for people retiring in 2027.
import { describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { CellValue } from "../../src/grid/types";
import { withBirthDates } from "../integration/date-system-book";

const NOW = new Date("2025-06-02T03:00:00Z");

async function suksesi(bytes: Uint8Array): Promise<CellValue[][]> {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { now: NOW });
  expect(outcome.ok).toBe(true);
  const grid = await XlsxHost.open(host.save()).readUsedGrid("Talenta - Suksesi");
  return grid.values;
}

describe("review (wild): a workbook in the 1904 date system", () => {
  it("gives the same succession sheet as the same dates in the 1900 date system", async () => {
    const in1900 = await suksesi(withBirthDates(1900));
    const in1904 = await suksesi(withBirthDates(1904));
    // The 1900 run is the reference: it must actually use the birth dates (reasons name retirement dates).
    expect(in1900.flat().some((v) => typeof v === "string" && /pensiun \d{1,2} [A-Z][a-z]+ \d{4}/.test(v))).toBe(true);
    expect(in1904).toEqual(in1900);
  });
});
