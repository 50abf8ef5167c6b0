// The print setup parts of an owned worksheet and the workbook's print titles (ECMA-376 §18.3.1.46 headerFooter,
// §18.3.1.73 rowBreaks, §18.2.6 definedName _xlnm.Print_Titles), from the format, not from the program's output.
import { describe, expect, it } from "vitest";
import { headerFooterXml, rowBreaksXml } from "../../../src/hosts/xlsx/sheet-build";
import { printTitlesRef } from "../../../src/hosts/xlsx/save-package";
import { headerFooterSections } from "../../../src/hosts/office/page-setup";
import { writeWorkbook } from "../../../src/hosts/xlsx/workbook-part";

describe("xlsx <rowBreaks>", () => {
  it("puts one manual break above each row, ascending and once, with counts that match", () => {
    const xml = rowBreaksXml([40, 12, 40]);
    expect(xml).toBe('<rowBreaks count="2" manualBreakCount="2"><brk id="12" max="16383" man="1"/><brk id="40" max="16383" man="1"/></rowBreaks>');
  });

  it("writes nothing for no breaks, and drops a break above the first row or outside the sheet", () => {
    expect(rowBreaksXml(undefined)).toBe("");
    expect(rowBreaksXml([0, -3, 1.5, 1_048_576])).toBe("");
  });
});

describe("xlsx <headerFooter>", () => {
  it("escapes the ampersands of Excel's codes as XML text", () => {
    expect(headerFooterXml(undefined, "&LTalenta - Suksesi&RHalaman &P dari &N")).toBe(
      "<headerFooter><oddFooter>&amp;LTalenta - Suksesi&amp;RHalaman &amp;P dari &amp;N</oddFooter></headerFooter>",
    );
  });

  it("writes the header before the footer, and nothing when both are empty", () => {
    expect(headerFooterXml("&CJudul", "&CKaki")).toBe("<headerFooter><oddHeader>&amp;CJudul</oddHeader><oddFooter>&amp;CKaki</oddFooter></headerFooter>");
    expect(headerFooterXml(undefined, "")).toBe("");
  });
});

describe("_xlnm.Print_Titles", () => {
  it("names whole rows of the sheet, absolute, the sheet name quoted", () => {
    expect(printTitlesRef("Talenta - Validasi", { rows: { first: 7, last: 7 } })).toBe("'Talenta - Validasi'!$8:$8");
  });

  it("puts columns before rows, comma-separated, as Excel writes them", () => {
    expect(printTitlesRef("Data", { rows: { first: 0, last: 1 }, cols: { first: 0, last: 1 } })).toBe("Data!$A:$B,Data!$1:$2");
  });

  it("is absent without titles or for a range that is not one", () => {
    expect(printTitlesRef("Data", undefined)).toBeUndefined();
    expect(printTitlesRef("Data", { rows: { first: 3, last: 2 } })).toBeUndefined();
  });
});

describe("Office header/footer sections", () => {
  it("splits &L, &C and &R and keeps the other codes and a doubled ampersand in the text", () => {
    expect(headerFooterSections("&LA && B&CHal &P&RDari &N")).toEqual({ left: "A && B", center: "Hal &P", right: "Dari &N" });
  });

  it("reads text before any section code as the centre, as Excel does", () => {
    expect(headerFooterSections("Halaman &P")).toEqual({ center: "Halaman &P" });
    expect(headerFooterSections(undefined)).toEqual({});
  });
});

describe("workbook.xml print titles on a re-run", () => {
  const sheet = (name: string, sheetId: number) => ({ name, sheetId, relId: `rId${sheetId}`, state: "visible" as const, raw: `<sheet name="${name}" sheetId="${sheetId}" r:id="rId${sheetId}"/>` });
  const data = sheet("Data", 1);
  const pool = sheet("Talenta - Talent Pool", 2);
  const xml =
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets>${data.raw}${pool.raw}</sheets><definedNames>` +
    '<definedName name="_xlnm.Print_Titles" localSheetId="0">Data!$1:$1</definedName>' +
    "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Talenta - Talent Pool'!$2:$2</definedName>" +
    "</definedNames><calcPr/></workbook>";

  it("replaces the owned sheet's titles, keeps the user's sheet's own, and writes each once", () => {
    const out = writeWorkbook(xml, {
      original: [data, pool],
      final: [data, pool],
      owned: new Set([2]),
      printAreas: new Map(),
      printTitles: new Map([[2, "'Talenta - Talent Pool'!$4:$4"]]),
    });
    const titles = [...out.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d)">([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2]]);
    expect(titles).toEqual([["0", "Data!$1:$1"], ["1", "'Talenta - Talent Pool'!$4:$4"]]);
  });
});
