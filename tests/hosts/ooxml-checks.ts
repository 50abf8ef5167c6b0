import { expect } from "vitest";

const WORKSHEET_ORDER = "sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls webPublishItems tableParts extLst".split(" ");
const WORKBOOK_ORDER = "fileVersion fileSharing workbookPr workbookProtection bookViews sheets functionGroups externalReferences definedNames calcPr oleSize customWorkbookViews pivotCaches smartTagPr smartTagTypes webPublishing fileRecoveryPr webPublishObjects extLst".split(" ");
const STYLES_ORDER = "numFmts fonts fills borders cellStyleXfs cellXfs cellStyles dxfs tableStyles colors extLst".split(" ");
const CHART_SPACE_ORDER = "date1904 lang roundedCorners AlternateContent style clrMapOvr pivotSource protection chart spPr txPr externalData printSettings userShapes extLst".split(" ");

/** Local names of the root element's direct children, found with a depth-tracking scan. */
export function rootChildren(xml: string): { name: string; xml: string }[] {
  const body = xml.replace(/<\?[^>]*\?>/g, "");
  const rootOpen = /<([\w:]+)[^>]*?>/.exec(body)!;
  const out: { name: string; xml: string }[] = [];
  const re = /<(\/?)([\w:]+)[^>]*?(\/?)>/g;
  re.lastIndex = rootOpen.index + rootOpen[0].length;
  let depth = 0;
  let start = 0;
  let name = "";
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const [whole, closing, tag, self] = m;
    if (depth === 0 && closing) break;
    if (depth === 0) {
      name = tag.replace(/^.*:/, "");
      start = m.index;
      if (self) out.push({ name, xml: whole });
      else depth = 1;
      continue;
    }
    if (closing) depth--;
    else if (!self) depth++;
    if (depth === 0) out.push({ name, xml: body.slice(start, m.index + whole.length) });
  }
  return out;
}

function expectOrder(xml: string, order: string[], what: string): void {
  const names = rootChildren(xml).map((c) => c.name);
  const ranks = names.map((n) => order.indexOf(n));
  expect(ranks.every((r) => r >= 0), `${what}: unknown child in ${names.join(",")}`).toBe(true);
  expect(ranks, `${what}: children out of schema order: ${names.join(",")}`).toEqual([...ranks].sort((a, b) => a - b));
}

export const expectWorksheetOrder = (xml: string) => expectOrder(xml, WORKSHEET_ORDER, "worksheet");
export const expectWorkbookOrder = (xml: string) => expectOrder(xml, WORKBOOK_ORDER, "workbook");
export const expectStylesOrder = (xml: string) => expectOrder(xml, STYLES_ORDER, "styles");
export const expectChartSpaceOrder = (xml: string) => expectOrder(xml, CHART_SPACE_ORDER, "chartSpace");

/** Every collection in styles.xml has a count equal to its children. */
export function expectStyleCounts(xml: string): void {
  for (const c of rootChildren(xml)) {
    const count = /^<[\w:]+[^>]*\scount="(\d+)"/.exec(c.xml)?.[1];
    if (count === undefined) continue;
    expect(rootChildren(`<r>${c.xml.replace(/^<[^>]*>/, "").replace(/<\/[\w:]+>$/, "")}</r>`).length, `${c.name} count`).toBe(Number(count));
  }
}

/** Rows ascending and unique; cells ascending by column inside each row. */
export function expectAscendingCells(xml: string): void {
  const rows = [...xml.matchAll(/<(?:\w+:)?row\b[^>]*?\sr="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)];
  let previous = 0;
  for (const row of rows) {
    const r = Number(row[1]);
    expect(r, "row order").toBeGreaterThan(previous);
    previous = r;
    let previousCol = -1;
    for (const cell of (row[2] ?? "").matchAll(/<(?:\w+:)?c\b[^>]*?\sr="([A-Z]+)(\d+)"/g)) {
      expect(Number(cell[2]), "cell in its row").toBe(r);
      const col = [...cell[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      expect(col, `cell order in row ${r}`).toBeGreaterThan(previousCol);
      previousCol = col;
    }
  }
}

/**
 * <rowBreaks> (CT_PageBreaks): count and manualBreakCount equal the <brk> children, ids ascending and unique,
 * none above the first row; <headerFooter> holds oddHeader before oddFooter (CT_HeaderFooter sequence).
 */
export function expectPrintParts(xml: string): void {
  const breaks = /<(?:\w+:)?rowBreaks\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?rowBreaks>/.exec(xml);
  if (breaks) {
    const ids = [...breaks[2].matchAll(/<(?:\w+:)?brk\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]));
    expect(/\scount="(\d+)"/.exec(breaks[1])?.[1], "rowBreaks count").toBe(String(ids.length));
    expect(/\smanualBreakCount="(\d+)"/.exec(breaks[1])?.[1] ?? String(ids.length), "rowBreaks manualBreakCount").toBe(String(ids.length));
    expect(ids.every((id, i) => id > 0 && (i === 0 || id > ids[i - 1])), `rowBreaks ids ${ids.join(",")}`).toBe(true);
  }
  const hf = /<(?:\w+:)?headerFooter\b[^>]*>([\s\S]*?)<\/(?:\w+:)?headerFooter>/.exec(xml);
  if (hf) {
    const order = "oddHeader oddFooter evenHeader evenFooter firstHeader firstFooter".split(" ");
    const names = rootChildren(`<r>${hf[1]}</r>`).map((c) => c.name);
    const ranks = names.map((n) => order.indexOf(n));
    expect(ranks, `headerFooter children ${names.join(",")}`).toEqual([...ranks].sort((a, b) => a - b));
  }
}
