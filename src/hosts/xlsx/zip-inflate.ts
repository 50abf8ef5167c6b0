import { Inflate } from "fflate";
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
  const { limits } = budget;
  const cap = Math.min(limits.maxPartBytes, limits.maxTotalBytes - budget.used);
  if (e.method === 8) {
    const native = inflateNative(bytes.subarray(e.dataStart, e.dataEnd), cap);
    if (native === "too-large") throw cap === limits.maxPartBytes ? partTooLarge(e.name, limits) : totalTooLarge(limits);
    if (native === "damaged") throw damaged(e.name);
    if (native) {
      budget.used += native.length;
      return native;
    }
  }
  const chunks: Uint8Array[] = [];
  const size = run(bytes, e, Math.min(limits.maxPartBytes, limits.maxTotalBytes - budget.used), (c) => chunks.push(c), limits, budget);
  budget.used += size;
  return concat(chunks, size);
}

/** Counts the entry's inflated size without keeping it (bounded memory), refusing it past the limits. */
export function checkInflatedSize(bytes: Uint8Array, e: ZipEntry, budget: InflateBudget): void {
  const { limits } = budget;
  run(bytes, e, Math.min(limits.maxPartBytes, limits.maxTotalBytes - budget.used), () => {}, limits, budget);
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

function run(bytes: Uint8Array, e: ZipEntry, cap: number, sink: (chunk: Uint8Array) => void, limits: XlsxLimits, budget: InflateBudget): number {
  const fail = () => (cap === limits.maxPartBytes ? partTooLarge(e.name, limits) : totalTooLarge(budget.limits));
  if (e.method === 0) {
    if (e.compressedSize > cap) throw fail();
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
  if (over) throw fail();
  return size;
}

function damaged(name: string): WorkbookReadError {
  return new WorkbookReadError("malformed", `The entry "${name}" is damaged and cannot be unpacked.`);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
