// Browser mode: the .xlsx host and the engine run here, off the page's thread, so a large sheet never freezes the pane.
import { XlsxHost } from "../../hosts/xlsx/xlsx-host";
import { WorkbookReadError } from "../../hosts/xlsx/errors";
import { FILE_MIME } from "../../hosts/xlsx/package-kind";
import { classifyWorkbook } from "../../app/classify";
import { previewClassification } from "../../app/preview";
import type { FromWorker, ToWorker } from "./protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let host: XlsxHost | undefined;
// Calls run one after another: a preview must not read the workbook while a classification writes it.
let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (e) => {
  const call = e.data;
  queue = queue.then(() => handle(call)).then(
    (value) => post(call.id, value),
    (err: unknown) => {
      const error = err instanceof Error ? err : new Error(String(err));
      scope.postMessage({ id: call.id, kind: "error", name: error.name, message: error.message });
    },
  );
};

function post(id: number, value: unknown): void {
  const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
  scope.postMessage({ id, kind: "result", value }, transfer);
}

async function handle(call: ToWorker): Promise<unknown> {
  if (call.op === "open") {
    try {
      host = await XlsxHost.open(new Uint8Array(call.bytes));
      return { ok: true, fileType: { extension: host.kind, mime: FILE_MIME[host.kind] } };
    } catch (err) {
      host = undefined;
      if (err instanceof WorkbookReadError) return { ok: false, code: err.code, message: err.message };
      throw err;
    }
  }
  if (!host) throw new Error("No workbook is open");
  switch (call.op) {
    case "listSheets":
      return host.listSheets();
    case "preview":
      return previewClassification(host, call.request);
    case "classify":
      return classifyWorkbook(host, {
        ...call.request,
        onProgress: (step) => scope.postMessage({ id: call.id, kind: "progress", step }),
      });
    case "save":
      return host.save();
  }
}
