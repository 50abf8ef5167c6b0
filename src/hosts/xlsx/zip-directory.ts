import { WorkbookReadError } from "./errors";
import { formatBytes, type XlsxLimits } from "./limits";

/** One entry of the central directory: where its compressed bytes sit, and what the headers claim about them. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  /** General-purpose flags as read (bit 11: UTF-8 name). */
  flags: number;
  crc: number;
  compressedSize: number;
  /** The uncompressed size the header claims; used only to refuse early, never to size a buffer. */
  claimedSize: number;
  /** [dataStart, dataEnd): the entry's compressed bytes inside the file. */
  dataStart: number;
  dataEnd: number;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIR = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIR = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
// A 16- or 32-bit field holding its all-ones value says "the real value is in the ZIP64 record" (APPNOTE 4.4.1.4).
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/**
 * Reads the zip's directory without inflating anything: refuses what is not a zip, unsafe or duplicate
 * names, encryption, unsupported methods and headers that already claim more than the limits allow.
 * Names written with "\" (some Windows zippers) are read with "/", before any check. Sizes, offsets and the
 * entry count a header leaves to ZIP64 records (all-ones placeholders) are read from those records.
 * @throws WorkbookReadError
 */
export function readZipDirectory(bytes: Uint8Array, limits: XlsxLimits): ZipEntry[] {
  sniffContainer(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, cdSize, cdOffset, cdBound } = readEndRecords(bytes, view);
  if (count > limits.maxEntries) throw tooLarge(`more than ${limits.maxEntries} entries`);
  if (cdOffset + cdSize > cdBound) throw truncated();
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let claimedTotal = 0;
  let p = cdOffset;
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdBound || view.getUint32(p, true) !== CENTRAL_HEADER) throw truncated();
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let claimedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const stored = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const extraStart = p + 46 + nameLength;
    p += 46 + nameLength + extraLength + commentLength;
    const name = stored.replace(/\\/g, "/");
    checkEntryName(name, stored);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new WorkbookReadError("malformed", `The workbook contains the entry "${name}" twice.`);
    seen.add(key);
    if (claimedSize === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
      const zip64 = zip64Extra(view, extraStart, Math.min(extraStart + extraLength, cdBound));
      if (zip64 !== undefined) {
        // Only the fields whose 32-bit value is the placeholder are present, in this order (APPNOTE 4.5.3).
        let at = zip64.start;
        const next = (): number => {
          if (at + 8 > zip64.end) throw damagedZip();
          const value = safeUint64(view, at);
          at += 8;
          return value;
        };
        if (claimedSize === MAX32) claimedSize = next();
        if (compressedSize === MAX32) compressedSize = next();
        if (localOffset === MAX32) localOffset = next();
      }
    }
    if (flags & 1) throw new WorkbookReadError("ole", "The workbook is encrypted: save it as Excel Workbook (.xlsx) without a password.");
    if (claimedSize > limits.maxPartBytes) throw partTooLarge(name, limits);
    claimedTotal += claimedSize;
    if (claimedTotal > limits.maxTotalBytes) throw totalTooLarge(limits);
    if (method !== 0 && method !== 8) throw new WorkbookReadError("malformed", `The entry "${name}" uses an unsupported compression method.`);
    if (localOffset + 30 > bytes.length) throw truncated();
    if (view.getUint32(localOffset, true) !== LOCAL_HEADER) throw damagedZip();
    // The local header's own extra field (which may hold ZIP64 sizes too) is skipped by its stated length.
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > bytes.length) throw truncated();
    entries.push({ name, method, flags, crc, compressedSize, claimedSize, dataStart, dataEnd });
  }
  return entries;
}

/**
 * True when the header's claimed size cannot be the truth: deflate never expands data by more than a few
 * bytes per stored block (and 1/8 with fixed codes), so far more compressed than claimed bytes means a lie.
 */
export function claimsTooLittle(e: ZipEntry): boolean {
  return e.compressedSize > e.claimedSize + Math.floor(e.claimedSize / 8) + 1024;
}

function sniffContainer(bytes: Uint8Array): void {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new WorkbookReadError(
      "ole",
      "This is an old Excel 97-2003 file or a password-protected workbook: save it as Excel Workbook (.xlsx), without a password, and try again.",
    );
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  if (looksLikeText(bytes)) {
    throw new WorkbookReadError("csv", "This is a text/CSV file, not an Excel workbook: open it in Excel and save it as Excel Workbook (.xlsx).");
  }
  throw new WorkbookReadError("not-zip", "This file is not an Excel workbook (.xlsx).");
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length === 0) return false;
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, lastCompleteCharEnd(head)));
    return true;
  } catch {
    return false;
  }
}

/** A 4 KiB window may cut a multi-byte character; decode only up to the last complete one. */
function lastCompleteCharEnd(head: Uint8Array): number {
  const end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = head[end - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= lowest; p--) {
    if (view.getUint32(p, true) === END_OF_CENTRAL_DIR) return p;
  }
  if (bytes.length >= 4 && view.getUint32(0, true) === LOCAL_HEADER) throw truncated();
  throw new WorkbookReadError("not-zip", "This file is not an Excel workbook (.xlsx).");
}

interface EndRecords {
  count: number;
  cdSize: number;
  cdOffset: number;
  /** Where the central directory must end by: the ZIP64 end record when there is one, else the end record. */
  cdBound: number;
}

/**
 * The end-of-central-directory record's count, size and offset. A field holding its placeholder, when a ZIP64
 * locator sits just before the record, is read from the ZIP64 end record it points at; without a locator the
 * values are taken as they are (and the usual checks refuse them).
 */
function readEndRecords(bytes: Uint8Array, view: DataView): EndRecords {
  const eocd = findEndOfCentralDirectory(bytes, view);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  const placeholders = count === MAX16 || cdSize === MAX32 || cdOffset === MAX32;
  const locator = eocd - 20;
  if (!placeholders || locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return { count, cdSize, cdOffset, cdBound: eocd };
  const record = safeUint64(view, locator + 8);
  if (record + 56 > locator) throw truncated();
  if (view.getUint32(record, true) !== ZIP64_END_OF_CENTRAL_DIR) throw damagedZip();
  if (count === MAX16) count = safeUint64(view, record + 32);
  if (cdSize === MAX32) cdSize = safeUint64(view, record + 40);
  if (cdOffset === MAX32) cdOffset = safeUint64(view, record + 48);
  return { count, cdSize, cdOffset, cdBound: record };
}

/** The data of the ZIP64 extended-information field among the extra fields in [start, end), if there is one. */
function zip64Extra(view: DataView, start: number, end: number): { start: number; end: number } | undefined {
  for (let p = start; p + 4 <= end; ) {
    const size = view.getUint16(p + 2, true);
    if (view.getUint16(p, true) === ZIP64_EXTRA) return { start: p + 4, end: Math.min(p + 4 + size, end) };
    p += 4 + size;
  }
  return undefined;
}

/** A little-endian 64-bit value, refused as damage past what a number holds exactly (no real file is that big). */
function safeUint64(view: DataView, at: number): number {
  const low = view.getUint32(at, true);
  const high = view.getUint32(at + 4, true);
  if (high > 0x1fffff) throw damagedZip();
  return high * 0x100000000 + low;
}

function checkEntryName(name: string, stored: string): void {
  const unsafe =
    name.length === 0 ||
    name.startsWith("/") ||
    name.includes("\0") ||
    /^[A-Za-z]:/.test(name) ||
    name.split("/").some((segment) => segment === "..");
  if (unsafe) {
    throw new WorkbookReadError("unsafe-entry-name", `The workbook contains an entry named "${stored}" that points outside the package; it was not opened.`);
  }
}

function damagedZip(): WorkbookReadError {
  return new WorkbookReadError("malformed", "The workbook's zip structure is damaged.");
}

export function truncated(): WorkbookReadError {
  return new WorkbookReadError("truncated", "The file is damaged or incomplete (it may have been cut off while copying or downloading).");
}

function tooLarge(what: string): WorkbookReadError {
  return new WorkbookReadError("too-large", `The workbook is too large to read safely: ${what}.`);
}

export function totalTooLarge(limits: XlsxLimits): WorkbookReadError {
  return tooLarge(`more than ${formatBytes(limits.maxTotalBytes)} in all once unpacked`);
}

export function partTooLarge(name: string, limits: XlsxLimits): WorkbookReadError {
  return tooLarge(`the part "${name}" unpacks to more than the limit of ${formatBytes(limits.maxPartBytes)}`);
}
