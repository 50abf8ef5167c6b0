/** Why a file could not be read as a workbook. The CLI and the pane translate by `code`. */
export type WorkbookReadErrorCode =
  | "not-zip"
  | "csv"
  /** An old binary .xls, or a password-encrypted .xlsx: both are OLE compound files. */
  | "ole"
  | "truncated"
  | "too-large"
  | "unsafe-entry-name"
  | "dtd"
  | "malformed"
  | "not-a-workbook"
  /** Saved as "Strict Open XML Spreadsheet": other namespaces than the usual (transitional) workbook. */
  | "strict-ooxml";

export class WorkbookReadError extends Error {
  constructor(
    readonly code: WorkbookReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}
