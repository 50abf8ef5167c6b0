import { Deflate } from "fflate";

/** Raw deflate fed slice by slice: `push` returns the compressed bytes so far; `last` ends the stream. */
export interface RawDeflater {
  push(data: Uint8Array, last: boolean): Uint8Array[];
}

interface NodeZlib {
  deflateRawSync(data: Uint8Array, options: { level: number; finishFlush?: number }): Uint8Array;
  deflateRaw(data: Uint8Array, options: { level: number; finishFlush?: number; chunkSize?: number }, done: (error: Error | null, out: Uint8Array) => void): void;
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
  constants: { Z_SYNC_FLUSH: number; Z_FINISH: number };
}

/**
 * Node's native zlib when the host runs in Node (several times faster than fflate on a large sheet), else fflate.
 * Looked up at run time so the browser bundle never references a Node module.
 */
function nodeZlib(): NodeZlib | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.("node:zlib") as NodeZlib | undefined;
  } catch {
    return undefined;
  }
}

const zlib = nodeZlib();

/**
 * Inflates with Node's zlib, never past `cap` bytes: undefined when zlib is not available (the caller streams
 * with fflate instead); "too-large" when the output would pass the cap; "damaged" when it is not deflate.
 */
export function inflateNative(data: Uint8Array, cap: number): Uint8Array | "too-large" | "damaged" | undefined {
  if (!zlib || cap < 1) return undefined;
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: cap });
  } catch (e) {
    return (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "too-large" : "damaged";
  }
}

// A megabyte slice of sheet XML deflates to about a tenth of that at level 1.
const OUT_CHUNK = 256 * 1024;

/** Deflates one slice off the main thread; the slices of a part concatenate as rawDeflater's do. */
export type AsyncSliceDeflate = (data: Uint8Array, level: 1 | 6, last: boolean) => Promise<Uint8Array>;

/**
 * Node's zlib on the libuv thread pool, so slices deflate while the main thread builds the next ones (and
 * several at once on a machine with more than one core); undefined without Node's zlib.
 */
export function asyncSliceDeflate(): AsyncSliceDeflate | undefined {
  const z = zlib;
  if (!z) return undefined;
  return (data, level, last) =>
    new Promise((resolve, reject) => {
      // Node hands each chunkSize of output back to the main thread before deflating on (16 KB by default):
      // an output buffer that holds a compressed slice whole makes that one round trip.
      const options = { level, finishFlush: last ? z.constants.Z_FINISH : z.constants.Z_SYNC_FLUSH, chunkSize: OUT_CHUNK };
      z.deflateRaw(data, options, (error, out) => (error ? reject(error) : resolve(out)));
    });
}

export function rawDeflater(level: 1 | 6): RawDeflater {
  if (zlib) {
    // Each slice ends with a sync flush (byte-aligned, no final bit), so the slices concatenate into one valid
    // deflate stream; only the last one is finished. Each slice starts without the previous window: with
    // megabyte slices that costs a fraction of a percent of size.
    return {
      push: (data, last) => [zlib.deflateRawSync(data, { level, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH })],
    };
  }
  let out: Uint8Array[] = [];
  const deflater = new Deflate({ level }, (chunk) => out.push(chunk));
  return {
    push(data, last) {
      deflater.push(data, last);
      const done = out;
      out = [];
      return done;
    },
  };
}
