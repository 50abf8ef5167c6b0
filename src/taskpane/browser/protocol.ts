// Messages between the pane and the workbook worker (browser mode). Everything here is structured-cloneable.
import type { SheetInfo } from "../../hosts/host";
import type { ClassifyOutcome, ProgressStep } from "../../app/types";
import type { FileType, PaneRequest } from "../services";

export type WorkerCall =
  | { op: "open"; bytes: ArrayBuffer }
  | { op: "listSheets" }
  | { op: "preview"; request: PaneRequest }
  | { op: "classify"; request: PaneRequest }
  | { op: "save" };

export interface WorkerResults {
  open: { ok: true; fileType: FileType } | { ok: false; code: string; message: string };
  listSheets: SheetInfo[];
  preview: ClassifyOutcome;
  classify: ClassifyOutcome;
  save: Uint8Array;
}

export type ToWorker = { id: number } & WorkerCall;

export type FromWorker =
  | { id: number; kind: "result"; value: unknown }
  | { id: number; kind: "progress"; step: ProgressStep }
  /** A thrown error (a bug or a broken file), carried by name and message. */
  | { id: number; kind: "error"; name: string; message: string };
