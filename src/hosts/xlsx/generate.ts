import { zipSync } from "fflate";
import type { CellValue } from "../../grid/types";
import { cellAddress } from "../../grid/a1";
import { cellTextXml, encodeUtf8, escapeXmlAttr } from "./xml-text";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A plain synthetic workbook (one sheet, shared strings, as Excel writes them) from a 2-D array,
 * top-left at A1. For tests and benchmarks: the bytes are what a user's file would look like.
 */
export function generateWorkbook(values: CellValue[][], sheetName = "Data"): Uint8Array {
  const strings = new Map<string, number>();
  const rows: string[] = [];
  let width = 0;
  values.forEach((cells, r) => {
    let row = `<row r="${r + 1}">`;
    cells.forEach((v, c) => {
      if (v === null) return;
      width = Math.max(width, c + 1);
      const ref = cellAddress(r, c);
      if (typeof v === "number") row += `<c r="${ref}"><v>${v}</v></c>`;
      else if (typeof v === "boolean") row += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else {
        let id = strings.get(v);
        if (id === undefined) strings.set(v, (id = strings.size));
        row += `<c r="${ref}" t="s"><v>${id}</v></c>`;
      }
    });
    rows.push(`${row}</row>`);
  });
  const dimension = values.length && width ? `A1:${cellAddress(values.length - 1, width - 1)}` : "A1";
  const sheet = `${HEAD}<worksheet xmlns="${MAIN}"><dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const sst = `${HEAD}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((s) => `<si><t xml:space="preserve">${cellTextXml(s)}</t></si>`).join("")}</sst>`;
  const files: Record<string, string> = {
    "[Content_Types].xml":
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `${HEAD}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="${escapeXmlAttr(sheetName)}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `${HEAD}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${OFFICE_REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${OFFICE_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml":
      `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    "xl/worksheets/sheet1.xml": sheet,
    "xl/sharedStrings.xml": sst,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, encodeUtf8(v)])), { level: 1, mtime: new Date(2000, 0, 1) });
}
