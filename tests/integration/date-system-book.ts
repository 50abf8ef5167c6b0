// A workbook whose dates are stored in either of Excel's date systems: talenta-jpt-bkn411.xlsx with a
// `Tanggal Lahir` column (V, dd/mm/yyyy, the birth date each NIP encodes), every date-formatted serial written in
// the 1900 system or in the 1904 system (1,462 less for the same day, with <workbookPr date1904="1"/>). The same
// calendar dates either way, so every output derived from them must be the same.
import { unzipSync, zipSync } from "fflate";
import { expect } from "vitest";
import { fixtureBytes } from "../hosts/fixture-files";

export const DATE_SHIFT_1904 = 1462;

/** Excel 1900-system serial of a calendar date (after February 1900). */
export function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The fixture's date style is index 3 (dd/mm/yyyy). */
export function withBirthDates(system: 1900 | 1904): Uint8Array {
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
