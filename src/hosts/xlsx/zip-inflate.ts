import { Inflate } from "fflate";
import { concatBytes } from "./bytes";
import { WorkbookReadError } from "./errors";
import { inflateNative } from "./flate";
import type { XlsxLimits } from "./limits";
import { partTooLarge, totalTooLarge, type ZipEntry } from "./zip-directory";

// Small input slices keep each inflate step's output bounded (deflate expands at most ~1032:1).
const INFLATE_SLICE = 16 * 1024;

/** Inflated bytes counted across the session: the total limit holds however lazily parts are read. */
export class InflateBudget {
  used = 0;
  constructor(readonly limits: XlsxLimits) {}
}

/**
 * The entry's inflated bytes. Sizes are counted while inflating: what the zip headers claim is never trusted,
 * and a part past the per-part or total limit is refused before it is held whole.
 * @throws WorkbookReadError
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget): Uint8Array {
  if (e.method === 8) {
    const native = inflateNative(bytes.subarray(e.dataStart, e.dataEnd), capOf(budget));
    if (native === "too-large") throw overLimit(e, budget);
    if (native === "damaged") throw damaged(e.name);
    if (native) {
      budget.used += native.length;
      return native;
    }
  }
  const chunks: Uint8Array[] = [];
  budget.used += run(bytes, e, budget, (c) => chunks.push(c));
  return concatBytes(chunks);
}

/** Counts the entry's inflated size without keeping it (bounded memory), refusing it past the limits. */
export function checkInflatedSize(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget): void {
  run(bytes, e, budget, () => {});
}

/** Up to `n` first inflated bytes of the entry (enough to look at an XML prolog). */
export function inflateHead(bytes: Uint8Array, e: ZipEntry, n: number): Uint8Array {
  if (e.method === 0) return bytes.slice(e.dataStart, Math.min(e.dataEnd, e.dataStart + n));
  const out = new Uint8Array(n);
  let size = 0;
  const inflater = new Inflate((chunk) => {
    const take = Math.min(chunk.length, n - size);
    out.set(chunk.subarray(0, take), size);
    size += take;
  });
  try {
    for (let p = e.dataStart; p < e.dataEnd && size < n; p += 1024) {
      const stop = Math.min(e.dataEnd, p + 1024);
      inflater.push(bytes.subarray(p, stop), stop === e.dataEnd);
    }
  } catch {
    throw damaged(e.name);
  }
  return out.subarray(0, size);
}

/** What the entry may still inflate to: the per-part limit, or what is left of the total. */
function capOf(budget: InflateBudget): number {
  return Math.min(budget.limits.maxPartBytes, budget.limits.maxTotalBytes - budget.used);
}

function overLimit(e: ZipEntry, budget: InflateBudget): WorkbookReadError {
  return capOf(budget) === budget.limits.maxPartBytes ? partTooLarge(e.name, budget.limits) : totalTooLarge(budget.limits);
}

function run(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget, sink: (chunk: Uint8Array) => void): number {
  const cap = capOf(budget);
  if (e.method === 0) {
    if (e.compressedSize > cap) throw overLimit(e, budget);
    sink(bytes.slice(e.dataStart, e.dataEnd));
    return e.compressedSize;
  }
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) over = true;
    else sink(chunk);
  });
  try {
    for (let p = e.dataStart; p < e.dataEnd && !over; p += INFLATE_SLICE) {
      const stop = Math.min(e.dataEnd, p + INFLATE_SLICE);
      inflater.push(bytes.subarray(p, stop), stop === e.dataEnd);
    }
  } catch {
    throw damaged(e.name);
  }
  if (over) throw overLimit(e, budget);
  return size;
}

function damaged(name: string): WorkbookReadError {
  return new WorkbookReadError("malformed", `The entry "${name}" is damaged and cannot be unpacked.`);
}
