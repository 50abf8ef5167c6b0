import type { PartContent } from "./zip-write";

/** Bytes of UTF-8 per slice handed to deflate: a large sheet is encoded and compressed a slice at a time. */
export const SLICE_BYTES = 1 << 20;

export interface ByteSlice {
  bytes: Uint8Array;
  last: boolean;
  /** The bytes are a buffer of this function's own (encoded text), which a SlicePool may take back. */
  pooled?: boolean;
}

const encoder = new TextEncoder();

/**
 * Slice buffers given back once their bytes are deflated, so a 100 MB part reuses a few megabytes instead of
 * leaving a hundred buffers for the garbage collector (outside the JS heap, they are collected late).
 */
export class SlicePool {
  private readonly free: Uint8Array[] = [];

  take(size: number): Uint8Array | undefined {
    const b = this.free.pop();
    return b && b.length === size ? b : undefined;
  }

  /** Takes back the buffer under a slice of encoded text (never content given as bytes); it must not be read after. */
  give(slice: ByteSlice): void {
    if (slice.pooled && this.free.length < 8) this.free.push(new Uint8Array(slice.bytes.buffer));
  }
}

/**
 * Content as UTF-8 slices of SLICE_BYTES (a slice may end up to 3 bytes short, where the next character does not
 * fit). Each piece is encoded straight into the slice: no joined string and no second copy of the text.
 * Where a slice ends depends only on the bytes, never on how the text was cut into pieces, so the same text
 * always deflates to the same entry. At least one slice, the last one marked. With `consume`, each piece of an
 * array is cleared from it once taken, so a large part shrinks as it is written.
 */
export function* utf8Slices(content: PartContent, consume: boolean, size = SLICE_BYTES, pool?: SlicePool): Generator<ByteSlice> {
  if (content instanceof Uint8Array) {
    for (let at = 0; ; at += size) {
      const last = at + size >= content.length;
      yield { bytes: content.subarray(at, Math.min(at + size, content.length)), last };
      if (last) return;
    }
  }
  const pieces = typeof content === "string" ? [content] : content;
  const fresh = () => pool?.take(size) ?? new Uint8Array(size);
  let buf = fresh();
  let used = 0;
  // A full slice is held back until the next byte arrives, so that the very last slice can be marked.
  let full: Uint8Array | undefined;
  // A high surrogate ending a piece waits for the low one that starts the next.
  let carry = "";
  let i = 0;
  for (const given of pieces) {
    if (consume && Array.isArray(pieces)) pieces[i++] = "";
    let piece = carry ? carry + given : given;
    carry = "";
    if (piece.length === 0) continue;
    if ((piece.charCodeAt(piece.length - 1) & 0xfc00) === 0xd800) {
      carry = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    while (piece.length > 0) {
      const { read, written } = encoder.encodeInto(piece, used === 0 ? buf : buf.subarray(used));
      used += written;
      if (read === piece.length) break;
      piece = piece.slice(read);
      if (full) yield { bytes: full, last: false, pooled: true };
      full = buf.subarray(0, used);
      buf = fresh();
      used = 0;
    }
  }
  if (carry) {
    // A lone high surrogate at the very end: encoded as U+FFFD (3 bytes), in a new slice if this one is full.
    if (used + 3 > size) {
      if (full) yield { bytes: full, last: false, pooled: true };
      full = buf.subarray(0, used);
      buf = fresh();
      used = 0;
    }
    used += encoder.encodeInto(carry, buf.subarray(used)).written;
  }
  if (full && used === 0) {
    yield { bytes: full, last: true, pooled: true };
    return;
  }
  if (full) yield { bytes: full, last: false, pooled: true };
  yield { bytes: buf.subarray(0, used), last: true, pooled: true };
}
