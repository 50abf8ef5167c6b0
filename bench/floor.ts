// The least work a run adds to a bare copy, whatever the code: the parts the output holds that are new or
// changed must be compressed again (a deflate stream cannot be spliced, so the data sheet is compressed whole,
// its untouched cells too). Timed as the save does it at its fastest: 1 MB slices at level 1 on Node's thread
// pool (every core), plus the CRC-32 a zip entry needs. Building the XML and the engine come on top of this.
import { unzipSync } from "fflate";
import { constants, crc32, deflateRaw } from "node:zlib";
import { performance } from "node:perf_hooks";

const SLICE = 1 << 20;

/** The uncompressed parts of `output` that `input` does not hold byte for byte under the same name. */
export function partsToCompress(input: Uint8Array, output: Uint8Array): Uint8Array[] {
  const before = unzipSync(input);
  const after = unzipSync(output);
  return Object.entries(after)
    .filter(([name, bytes]) => !sameBytes(before[name], bytes))
    .map(([, bytes]) => bytes);
}

/** Milliseconds to deflate and checksum `parts` as the fastest save would. */
export async function compressMs(parts: Uint8Array[]): Promise<number> {
  const t = performance.now();
  const slices: Promise<Uint8Array>[] = [];
  for (const part of parts) {
    for (let at = 0; at < part.length; at += SLICE) {
      const last = at + SLICE >= part.length;
      const slice = part.subarray(at, at + SLICE);
      slices.push(
        new Promise((resolve, reject) =>
          deflateRaw(slice, { level: 1, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }, (e, out) => (e ? reject(e) : resolve(out))),
        ),
      );
    }
    crc32(part);
  }
  await Promise.all(slices);
  return performance.now() - t;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  return Buffer.compare(a, b) === 0;
}
