import { crc32 } from "./crc32";
import { rawDeflater } from "./flate";
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
// Text is encoded and deflated in slices, so a large sheet never exists as one UTF-8 buffer.
const SLICE_CHARS = 1 << 20;

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** A zip of `sources`, in order. Untouched parts are never inflated: their bytes, CRC and sizes are reused. */
export function writeZip(sources: ZipSource[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  const encoder = new TextEncoder();
  let offset = 0;
  const push = (b: Uint8Array) => {
    chunks.push(b);
    offset += b.length;
  };
  for (const s of sources) {
    const name = encoder.encode(s.name);
    const utf8 = /[^\x20-\x7e]/.test(s.name) ? 0x800 : 0;
    let entry: Omit<Written, "offset" | "name" | "flags">;
    let data: Uint8Array[];
    if ("raw" in s) {
      entry = { method: s.raw.method, crc: s.raw.crc, compressedSize: s.raw.compressedSize, size: s.raw.claimedSize };
      data = [s.from.subarray(s.raw.dataStart, s.raw.dataEnd)];
    } else {
      // Produced pieces belong to this call alone: each is let go once encoded, so the part shrinks as it goes.
      const d = typeof s.content === "function" ? deflateContent(s.content(), encoder, true) : deflateContent(s.content, encoder, false);
      entry = { method: 8, crc: d.crc, compressedSize: d.compressedSize, size: d.size };
      data = d.chunks;
    }
    const w: Written = { ...entry, name, flags: utf8, offset };
    written.push(w);
    push(localHeader(w));
    for (const d of data) push(d);
  }
  const cdStart = offset;
  for (const w of written) push(centralHeader(w));
  push(endOfCentralDirectory(written.length, offset - cdStart, cdStart));
  return concat(chunks, offset);
}

function deflateContent(content: PartContent, encoder: TextEncoder, consume: boolean) {
  let deflater: ReturnType<typeof rawDeflater> | undefined;
  const chunks: Uint8Array[] = [];
  let compressedSize = 0;
  let crc = 0;
  let size = 0;
  // The level follows the first slice: text that fills it is at least FAST_LEVEL_FROM characters long.
  const feed = (b: Uint8Array, last: boolean, large: boolean) => {
    deflater ??= rawDeflater(large ? 1 : 6);
    crc = crc32(b, crc);
    size += b.length;
    for (const c of deflater.push(b, last)) {
      chunks.push(c);
      compressedSize += c.length;
    }
  };
  if (content instanceof Uint8Array) feed(content, true, content.length >= FAST_LEVEL_FROM);
  else for (const slice of textSlices(typeof content === "string" ? [content] : content, consume)) feed(encoder.encode(slice.text), slice.last, !slice.last || slice.text.length >= FAST_LEVEL_FROM);
  return { chunks, crc, size, compressedSize };
}

/**
 * Text pieces regrouped into slices of about SLICE_CHARS, never splitting a surrogate pair; at least one slice.
 * With `consume`, each piece of an array is cleared from it once taken.
 */
function* textSlices(pieces: Iterable<string>, consume: boolean): Generator<{ text: string; last: boolean }> {
  let batch: string[] = [];
  let length = 0;
  let carry = "";
  let i = 0;
  for (const piece of pieces) {
    if (consume && Array.isArray(pieces)) pieces[i++] = "";
    for (let at = 0; at < piece.length; ) {
      const take = Math.min(piece.length - at, SLICE_CHARS - length);
      batch.push(piece.slice(at, at + take));
      length += take;
      at += take;
      if (length < SLICE_CHARS) continue;
      let text = carry + batch.join("");
      carry = "";
      if ((text.charCodeAt(text.length - 1) & 0xfc00) === 0xd800) {
        carry = text.slice(-1);
        text = text.slice(0, -1);
      }
      batch = [];
      length = 0;
      yield { text, last: false };
    }
  }
  yield { text: carry + batch.join(""), last: true };
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

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
