// SheetLayout.page → Worksheet.pageLayout (ExcelApi 1.9). Fit-to-page numbers mean what they mean in the
// .xlsx host (src/hosts/xlsx/sheet-build.ts) and in the file format: a count of pages, where 0 or unset is
// "automatic, as many pages as the sheet needs". So fitToWidth 1 with fitToHeight 0 is one page wide and
// as many pages tall as needed; the Office host passes 0 the way Excel's own PageSetup.FitToPagesTall does.
// Print titles, page breaks and the header/footer (all ExcelApi 1.9 too) are queued with the rest: no sync.
import { columnLetters, printTitleAddresses } from "../../grid/a1";
import type { SheetLayout } from "../../grid/types";

type Page = NonNullable<SheetLayout["page"]>;

/** The zoom to set, or undefined when the layout asks for no fitting (Excel's 100% scale stays). */
export function fitZoom(page: Page): Excel.PageLayoutZoomOptions | undefined {
  if (page.fitToWidth === undefined && page.fitToHeight === undefined) return undefined;
  return { horizontalFitToPages: pageCount(page.fitToWidth), verticalFitToPages: pageCount(page.fitToHeight) };
}

/** A page count as Excel takes it: a whole number ≥ 1, or 0 for automatic (unset, 0 or nonsense). */
function pageCount(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : 0;
}

export interface HeaderFooterSections {
  left?: string;
  center?: string;
  right?: string;
}

/**
 * A header or footer in Excel's codes ("&L…&C…&R…") split into the three sections the API sets one by one.
 * Text before any section code is the centre, as in Excel; "&&" is a literal ampersand and stays as it is.
 */
export function headerFooterSections(text: string | undefined): HeaderFooterSections {
  const out: HeaderFooterSections = {};
  if (!text) return out;
  let section: keyof HeaderFooterSections = "center";
  let i = 0;
  let from = 0;
  const flush = (to: number) => {
    const piece = text.slice(from, to);
    if (piece) out[section] = (out[section] ?? "") + piece;
  };
  while (i < text.length) {
    if (text[i] === "&" && i + 1 < text.length) {
      const code = text[i + 1];
      const next = code === "L" ? "left" : code === "C" ? "center" : code === "R" ? "right" : undefined;
      if (next) {
        flush(i);
        section = next;
        i += 2;
        from = i;
        continue;
      }
      i += 2; // "&&", "&P", "&N", "&A", … stay in the text
      continue;
    }
    i++;
  }
  flush(text.length);
  return out;
}

export function queuePageSetup(ws: Excel.Worksheet, page: Page, printArea: Excel.Range | undefined): void {
  ws.pageLayout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  ws.pageLayout.paperSize = "A4";
  const zoom = fitZoom(page);
  if (zoom) ws.pageLayout.zoom = zoom;
  if (printArea) ws.pageLayout.setPrintArea(printArea);
  const titles = printTitleAddresses(page.printTitles);
  if (titles.rows) ws.pageLayout.setPrintTitleRows(titles.rows);
  if (titles.cols) ws.pageLayout.setPrintTitleColumns(titles.cols);
  for (const r of new Set(page.rowBreaks ?? [])) if (Number.isInteger(r) && r > 0) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r, 0, 1, 1));
  const all = ws.pageLayout.headersFooters.defaultForAllPages;
  const header = headerFooterSections(page.header);
  const footer = headerFooterSections(page.footer);
  if (header.left) all.leftHeader = header.left;
  if (header.center) all.centerHeader = header.center;
  if (header.right) all.rightHeader = header.right;
  if (footer.left) all.leftFooter = footer.left;
  if (footer.center) all.centerFooter = footer.center;
  if (footer.right) all.rightFooter = footer.right;
}
