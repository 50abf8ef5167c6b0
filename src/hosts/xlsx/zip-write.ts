import { concatBytes } from "./bytes";
import { crc32 } from "./crc32";
import { asyncSliceDeflate, rawDeflater, type AsyncSliceDeflate } from "./flate";
import { SLICE_BYTES, SlicePool, utf8Slices, type ByteSlice } from "./utf8-slices";
import type { ZipEntry } from "./zip-directory";

/** New content of a part: bytes, text, or text in pieces (a large sheet, never joined into one string). */
export type PartContent = Uint8Array | string | Iterable<string>;

/**
 * A part to write: its compressed bytes copied as they came in, or new content deflated here. Content given
 * as a function is computed only when its entry is written and dropped right after, so one large part at a
 * time is alive.
 */
export type ZipSource = { name: string; raw: ZipEntry; from: Uint8Array } | { name: string; content: PartContent | (() => PartContent) };

// A fixed timestamp (2000-01-01 00:00) keeps two saves of the same content byte-identical.
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
// Past this size a part is deflated at level 1: a large sheet then costs a fraction of the time for a few % more bytes.
const FAST_LEVEL_FROM = 1024 * 1024;
// Slices being deflated on the thread pool at once: enough to keep both cores busy, few enough that memory stays flat.
const IN_FLIGHT = 4;

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

type EntryData = Omit<Written, "offset" | "name" | "flags"> & { chunks: Uint8Array[] };

/**
 * A zip of `sources`, in order. Untouched parts are never inflated: their bytes, CRC and sizes are reused. Every
 * entry is written with plain 32-bit headers and no extra field, whatever the entry came in with (a ZIP64 one
 * leaves with its real sizes in the 32-bit fields).
 */
export function writeZip(sources: ZipSource[]): Uint8Array {
  const zip = new ZipAssembler();
  for (const s of sources) zip.add(s.name, "raw" in s ? rawData(s) : deflateSync(s.content));
  return concatBytes(zip.finish());
}

/**
 * The same zip as writeZip (byte for byte), as chunks in order, with new content deflated on Node's thread pool
 * while the main thread encodes the next slices. Without Node's zlib it is writeZip.
 */
export async function writeZipAsync(sources: ZipSource[]): Promise<Uint8Array[]> {
  const deflate = asyncSliceDeflate();
  if (!deflate) return [writeZip(sources)];
  const zip = new ZipAssembler();
  const pool = new SlicePool();
  for (const s of sources) zip.add(s.name, "raw" in s ? rawData(s) : await deflateAsync(s.content, deflate, pool));
  return zip.finish();
}

class ZipAssembler {
  private readonly chunks: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private readonly encoder = new TextEncoder();
  private offset = 0;

  add(nameText: string, data: EntryData): void {
    const name = this.encoder.encode(nameText);
    const utf8 = /[^\x20-\x7e]/.test(nameText) ? 0x800 : 0;
    const w: Written = { method: data.method, crc: data.crc, compressedSize: data.compressedSize, size: data.size, name, flags: utf8, offset: this.offset };
    fits32(nameText, w.size, w.compressedSize, w.offset);
    this.written.push(w);
    this.push(localHeader(w));
    for (const c of data.chunks) this.push(c);
  }

  finish(): Uint8Array[] {
    const cdStart = this.offset;
    for (const w of this.written) this.push(centralHeader(w));
    fits32("the central directory", this.offset - cdStart, cdStart);
    if (this.written.length >= 0xffff) throw new RangeError("Too many parts to write as a zip without ZIP64 records.");
    this.push(endOfCentralDirectory(this.written.length, this.offset - cdStart, cdStart));
    return this.chunks;
  }

  private push(b: Uint8Array): void {
    this.chunks.push(b);
    this.offset += b.length;
  }
}

/**
 * Headers are written without ZIP64 records, so every size and offset must fit 32 bits below the all-ones
 * placeholder (which would send a reader looking for a ZIP64 record). The read limits keep real packages far
 * below it; past it the save is refused rather than written with wrapped sizes.
 */
function fits32(what: string, ...values: number[]): void {
  if (values.some((v) => v >= 0xffffffff)) throw new RangeError(`${what} is too large to write as a zip without ZIP64 records.`);
}

function rawData(s: { raw: ZipEntry; from: Uint8Array }): EntryData {
  return { method: s.raw.method, crc: s.raw.crc, compressedSize: s.raw.compressedSize, size: s.raw.claimedSize, chunks: [s.from.subarray(s.raw.dataStart, s.raw.dataEnd)] };
}

// Produced content belongs to this call alone: each piece is let go once encoded, so the part shrinks as it goes.
const resolve = (content: PartContent | (() => PartContent)) => (typeof content === "function" ? { content: content(), consume: true } : { content, consume: false });

// The level follows the first slice: a part that fills it is at least FAST_LEVEL_FROM bytes long.
const levelOf = (first: ByteSlice): 1 | 6 => (!first.last || first.bytes.length >= FAST_LEVEL_FROM ? 1 : 6);

/** A new entry's data as it is deflated: CRC and size of what goes in, the compressed chunks that come out. */
class Deflated implements EntryData {
  readonly method = 8;
  crc = 0;
  size = 0;
  compressedSize = 0;
  readonly chunks: Uint8Array[] = [];

  input(bytes: Uint8Array): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
  }

  output(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.compressedSize += chunk.length;
  }
}

function deflateSync(given: PartContent | (() => PartContent)): EntryData {
  const { content, consume } = resolve(given);
  let deflater: ReturnType<typeof rawDeflater> | undefined;
  const out = new Deflated();
  for (const slice of utf8Slices(content, consume)) {
    deflater ??= rawDeflater(levelOf(slice));
    out.input(slice.bytes);
    for (const c of deflater.push(slice.bytes, slice.last)) out.output(c);
  }
  return out;
}

/** Slices deflate in order on the thread pool, at most IN_FLIGHT at once; the oldest is awaited before a new one goes. */
async function deflateAsync(given: PartContent | (() => PartContent), deflate: AsyncSliceDeflate, pool: SlicePool): Promise<EntryData> {
  const { content, consume } = resolve(given);
  let level: 1 | 6 | undefined;
  const out = new Deflated();
  const queue: Promise<Uint8Array>[] = [];
  const take = async () => out.output(await queue.shift()!);
  try {
    for (const slice of utf8Slices(content, consume, SLICE_BYTES, pool)) {
      level ??= levelOf(slice);
      out.input(slice.bytes);
      const done = deflate(slice.bytes, level, slice.last).then((c) => {
        pool.give(slice);
        return c;
      });
      // Handled at once: a slice failing while an older one is awaited would otherwise be an unhandled rejection
      // (a crash in Node 20) before the catch below could see it. take() still awaits it and throws.
      done.catch(() => undefined);
      queue.push(done);
      if (queue.length >= IN_FLIGHT) await take();
    }
    while (queue.length) await take();
  } catch (e) {
    // Slices still in flight are let go; their failures would otherwise surface as unhandled rejections.
    for (const p of queue) p.catch(() => undefined);
    throw e;
  }
  return out;
}

function localHeader(w: Written): Uint8Array {
  const b = new Uint8Array(30 + w.name.length);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, w.flags, true);
  v.setUint16(8, w.method, true);
  v.setUint16(10, DOS_TIME, true);
  v.setUint16(12, DOS_DATE, true);
  v.setUint32(14, w.crc, true);
  v.setUint32(18, w.compressedSize, true);
  v.setUint32(22, w.size, true);
  v.setUint16(26, w.name.length, true);
  b.set(w.name, 30);
  return b;
}

function centralHeader(w: Written): Uint8Array {
  const b = new Uint8Array(46 + w.name.length);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 20, true);
  v.setUint16(8, w.flags, true);
  v.setUint16(10, w.method, true);
  v.setUint16(12, DOS_TIME, true);
  v.setUint16(14, DOS_DATE, true);
  v.setUint32(16, w.crc, true);
  v.setUint32(20, w.compressedSize, true);
  v.setUint32(24, w.size, true);
  v.setUint16(28, w.name.length, true);
  v.setUint32(42, w.offset, true);
  b.set(w.name, 46);
  return b;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Uint8Array {
  const b = new Uint8Array(22);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return b;
}
