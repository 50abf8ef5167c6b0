// Batching as Excel does it: calls queue actions; sync() sends them as one request, runs them in order and
// returns what was loaded. A request or response over the payload limit is refused whole, with the code
// Excel on the web uses, so the host's chunking can be tested.
import type { FakeWorkbook } from "./model";

/** Shaped like OfficeExtension.Error: callers branch on `code`. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export interface Action {
  /** Bytes this action adds to the request (method name, arguments, values). */
  bytes: number;
  run: () => void;
}

/** Rough JSON size of a value; what Office.js serialises for an argument or a loaded property. */
export function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  return JSON.stringify(v)?.length ?? 0;
}

const ACTION_OVERHEAD = 48;

export class FakeContext {
  private queue: Action[] = [];
  private responseBytes = 0;
  /** Set while sync() runs the actions; reads of the model are legal only then. */
  inSync = false;

  constructor(readonly model: FakeWorkbook) {}

  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes: bytes + ACTION_OVERHEAD, run });
  }

  /** Called by loads while a sync runs: counts response bytes. */
  respond(bytes: number): void {
    this.responseBytes += bytes;
  }

  /** Actions still queued (for Excel.run's end check). */
  get pending(): number {
    return this.queue.length;
  }

  /** Fails with ApiNotFound when the fake host's ExcelApi version is below `version`. */
  requireApi(version: string, api: string): void {
    if (compareVersions(this.model.apiVersion, version) < 0) {
      throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi ${version}`);
    }
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const model = this.model;
    model.syncCount++;
    const request = batch.reduce((n, a) => n + a.bytes, 0);
    model.requestBytes.push(request);
    if (request > model.payloadLimitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    }
    model.maxRequestBytes = Math.max(model.maxRequestBytes, request);
    this.responseBytes = 0;
    this.inSync = true;
    try {
      for (const action of batch) action.run();
    } finally {
      this.inSync = false;
    }
    model.responseBytes.push(this.responseBytes);
    if (this.responseBytes > model.payloadLimitBytes) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes`);
    }
    model.maxResponseBytes = Math.max(model.maxResponseBytes, this.responseBytes);
    await Promise.resolve();
  }
}

export function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 !== b1 ? a1 - b1 : a2 - b2;
}
