// Review (wild inputs): a workbook saved with the 1904 date system (Excel for Mac, "Use 1904 date system";
// <workbookPr date1904="1"/>) stores every date as a serial 1462 days smaller than the 1900 system does. The
// dates the user sees are the same, so ages, years to BUP and everything RULES §8 derives from them must be too.
// Today the serials are read as if they were 1900-system ones: every date lands 4 years and a day early, and
// near-miss reasons print retirement dates such as "pensiun 2023-08-01" for people retiring in 2027.
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { CellValue } from "../../src/grid/types";
import { fixtureBytes } from "../hosts/fixture-files";

const NOW = new Date("2025-06-02T03:00:00Z");
const DATE_SHIFT_1904 = 1462;

/** Excel 1900-system serial of a calendar date. */
function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * talenta-jpt-bkn411.xlsx with a `Tanggal Lahir` column (V, date-formatted, the birth date of the NIP), every
 * date stored in the given date system. The fixture's date style is index 3 (dd/mm/yyyy).
 */
function withBirthDates(system: 1900 | 1904): Uint8Array {
  const files = unzipSync(fixtureBytes("talenta-jpt-bkn411.xlsx"));
  const shift = system === 1904 ? DATE_SHIFT_1904 : 0;
  let sheet = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]);
  // Existing dates (TMT Jabatan) in the chosen system.
  sheet = sheet.replace(/(<c r="[A-Z]+\d+" s="3"[^>]*><v>)(\d+(?:\.\d+)?)(<\/v>)/g, (_, a, v, b) => `${a}${Number(v) - shift}${b}`);
  sheet = sheet.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (row, r, attrs, cells) => {
    if (r === "3") return `<row r="3"${attrs}>${cells}<c r="V3" s="2" t="inlineStr"><is><t>Tanggal Lahir</t></is></c></row>`;
    const nip = new RegExp(`<c r="A${r}"[^>]*><is><t>(\\d{18})</t>`).exec(cells)?.[1];
    if (!nip) return row;
    const born = serial(Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8))) - shift;
    return `<row r="${r}"${attrs}>${cells}<c r="V${r}" s="3"><v>${born}</v></c></row>`;
  });
  files["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(sheet);
  if (system === 1904) {
    const wb = new TextDecoder().decode(files["xl/workbook.xml"]);
    expect(wb).toContain("<workbookPr/>");
    files["xl/workbook.xml"] = new TextEncoder().encode(wb.replace("<workbookPr/>", '<workbookPr date1904="1"/>'));
  }
  return zipSync(files);
}

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
    expect(in1900.flat().some((v) => typeof v === "string" && /pensiun \d{4}-\d\d-\d\d/.test(v))).toBe(true);
    expect(in1904).toEqual(in1900);
  });
});
