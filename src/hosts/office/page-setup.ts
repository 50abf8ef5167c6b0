// SheetLayout.page → Worksheet.pageLayout (ExcelApi 1.9). Fit-to-page numbers mean what they mean in the
// .xlsx host (src/hosts/xlsx/sheet-build.ts) and in the file format: a count of pages, where 0 or unset is
// "automatic, as many pages as the sheet needs". So fitToWidth 1 with fitToHeight 0 is one page wide and
// as many pages tall as needed; the Office host passes 0 the way Excel's own PageSetup.FitToPagesTall does.
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

export function queuePageSetup(ws: Excel.Worksheet, page: Page, printArea: Excel.Range | undefined): void {
  ws.pageLayout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  ws.pageLayout.paperSize = "A4";
  const zoom = fitZoom(page);
  if (zoom) ws.pageLayout.zoom = zoom;
  if (printArea) ws.pageLayout.setPrintArea(printArea);
}
