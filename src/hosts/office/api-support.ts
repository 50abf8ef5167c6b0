// Which ExcelApi requirement sets the running Excel offers. Talenta needs ExcelApi 1.7 (the manifest's
// <Requirements>); everything above is optional and degrades as listed in OFFICE_HOST_API_SETS. Sets below it are
// used freely, e.g. Workbook.functions (ExcelApi 1.2) for the date-system probe (date-system.ts).
export type ApiSupport = (version: string) => boolean;

/** The minimum set the manifest declares; below it the add-in does not load at all. */
export const MIN_EXCEL_API = "1.7";

/** What each optional set adds and what happens without it (reported by the lead's docs and tests). */
export const OFFICE_HOST_API_SETS: Record<string, string> = {
  "1.8": "sheet gridlines hidden on Talenta's sheets and in-cell dropdown lists; without it gridlines stay visible and cells take any value",
  "1.9": "page layout (A4 landscape, fit to page, print area, header rows repeated on every page, page breaks, page footer), screen-updating suspension, and seeing an active filter on the data (Table.autoFilter, Worksheet.autoFilter) so a run refuses it (office-js #224); without it the sheets print with Excel's defaults and a filter goes unseen",
  "1.13": "merged areas of the data sheet are read; without it the grid reports no merges (header detection copes)",
};

/** Asks Office.context.requirements; outside Office (tests, tools) everything is assumed present. */
export function officeApiSupport(): ApiSupport {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements?.isSetSupported) return () => true;
  return (version) => requirements.isSetSupported("ExcelApi", version);
}
