export { XlsxHost, checkSheetName } from "./xlsx-host";
export { WorkbookReadError, type WorkbookReadErrorCode } from "./errors";
export { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
export { generateWorkbook } from "./generate";
export { FILE_MIME, type PackageKind } from "./package-kind";
