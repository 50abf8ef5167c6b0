// What the pane can ask for. index.tsx builds these from a host; components only call them (STYLE: "UI receives use cases").
import type { SheetInfo } from "../hosts/host";
import type { ClassifyOutcome, ClassifyRequest, ProgressStep } from "../app/types";
import type { RibbonRun } from "../app/ribbon-run";

/** A request as it crosses to the use cases: plain data (it may go to a worker), progress reported separately. */
export type PaneRequest = Omit<ClassifyRequest, "onProgress" | "now">;

/** The use cases bound to one open workbook (the Excel workbook, or an .xlsx file read in the page). */
export interface WorkbookActions {
  listSheets(): Promise<SheetInfo[]>;
  /** Everything but the write: mapping, preset and box counts. */
  preview(request: PaneRequest): Promise<ClassifyOutcome>;
  classify(request: PaneRequest, onProgress?: (step: ProgressStep) => void): Promise<ClassifyOutcome>;
  /** Excel only: select a cell for the user. */
  selectCell?(sheet: string, a1: string): Promise<void>;
  /** Browser mode only: the workbook with Talenta's results, as the bytes of a file of `fileType`. */
  save?(): Promise<Uint8Array>;
  /** Browser mode only: the opened file's kind; the download keeps it (Excel opens an .xlsm only as .xlsm). */
  fileType?: FileType;
}

/** A kind of Excel file: its extension without the dot, and its MIME type. */
export interface FileType {
  extension: string;
  mime: string;
}

export type OpenFileResult =
  | { ok: true; workbook: WorkbookActions }
  | { ok: false; code: string; message: string };

export interface PaneServices {
  mode: "excel" | "browser";
  /** Excel mode: the open workbook. Browser mode: undefined until a file is opened. */
  workbook?: WorkbookActions;
  /** Browser mode: read a file in the page (nothing is uploaded). */
  openFile?(name: string, bytes: ArrayBuffer): Promise<OpenFileResult>;
  /** Excel mode: the ribbon's last Klasifikasi while it is news, taken once (a second call gives nothing). */
  takeRibbonRun?(): RibbonRun | undefined;
}
