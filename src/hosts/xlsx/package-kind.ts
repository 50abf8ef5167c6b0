// Which kind of Excel file a package is, read from its workbook part's content type. A macro-enabled workbook, a
// template or an add-in keeps its kind when Talenta saves it, and Excel opens each only under its own extension.
import type { ContentTypes } from "./content-types";

export type PackageKind = "xlsx" | "xlsm" | "xltx" | "xltm" | "xlam";

const BY_CONTENT_TYPE: Record<string, PackageKind> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "xltm",
  "application/vnd.ms-excel.addin.macroEnabled.main+xml": "xlam",
};

/** The MIME type of a whole file of each kind (what a browser download is labelled with). */
export const FILE_MIME: Record<PackageKind, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
  xltx: "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
  xltm: "application/vnd.ms-excel.template.macroEnabled.12",
  xlam: "application/vnd.ms-excel.addin.macroEnabled.12",
};

/** The kind named by the workbook part's content type; an unknown or missing one counts as a plain workbook. */
export function packageKind(types: ContentTypes, workbookPart: string): PackageKind {
  const type = (types.typeOf(workbookPart) ?? "").trim().toLowerCase();
  return Object.entries(BY_CONTENT_TYPE).find(([t]) => t.toLowerCase() === type)?.[1] ?? "xlsx";
}
