// Browser mode: the pane talks to a worker that holds the workbook read from a local file (nothing is uploaded).
import type { ProgressStep } from "../../app/types";
import type { OpenFileResult, PaneServices, WorkbookActions } from "../services";
import type { FromWorker, ToWorker, WorkerCall, WorkerResults } from "./protocol";

/** An error thrown inside the worker, rethrown on the page with its original name. */
export class WorkerCallError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; progress?: (s: ProgressStep) => void };

export function createBrowserServices(): PaneServices {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL("./workbook-worker.ts", import.meta.url), { name: "talenta-workbook" });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.kind === "progress") return p.progress?.(m.step);
      pending.delete(m.id);
      if (m.kind === "result") p.resolve(m.value);
      else p.reject(new WorkerCallError(m.name, m.message));
    };
    w.onerror = (e) => {
      for (const p of pending.values()) p.reject(new Error(e.message || "worker failed"));
      pending.clear();
    };
    worker = w;
    return w;
  };

  function call<C extends WorkerCall>(c: C, progress?: (s: ProgressStep) => void, transfer: Transferable[] = []): Promise<WorkerResults[C["op"]]> {
    const id = nextId++;
    const w = start();
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
      w.postMessage({ id, ...c } as ToWorker, transfer);
    });
  }

  const workbook: WorkbookActions = {
    listSheets: () => call({ op: "listSheets" }),
    preview: (request) => call({ op: "preview", request }),
    classify: (request, onProgress) => call({ op: "classify", request }, onProgress),
    save: () => call({ op: "save" }),
  };

  return {
    mode: "browser",
    async openFile(_name: string, bytes: ArrayBuffer): Promise<OpenFileResult> {
      const r = await call({ op: "open", bytes }, undefined, [bytes]);
      return r.ok ? { ok: true, workbook: { ...workbook, fileType: r.fileType } } : r;
    },
  };
}
