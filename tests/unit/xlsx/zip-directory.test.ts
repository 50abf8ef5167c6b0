// The zip directory reader against zips that real writers produce but that are not the common case (APPNOTE.TXT
// 6.3.x): entry names written with "\" (a .NET Framework ZipFile habit; Excel reads them) and ZIP64 records
// (streaming writers such as commons-compress with Zip64Mode.Always use them for every entry). Each zip is built
// here byte by byte, so the test states exactly which fields hold ZIP64 placeholders.
import { deflateSync, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32 } from "../../../src/hosts/xlsx/crc32";
import { WorkbookReadError } from "../../../src/hosts/xlsx/errors";
import { DEFAULT_XLSX_LIMITS, resolveLimits, type XlsxLimits } from "../../../src/hosts/xlsx/limits";
import { claimsTooLittle, readZipDirectory, type ZipEntry } from "../../../src/hosts/xlsx/zip-directory";
import { InflateBudget, inflateEntry } from "../../../src/hosts/xlsx/zip-inflate";
import { writeZip } from "../../../src/hosts/xlsx/zip-write";
import { XlsxHost, generateWorkbook } from "../../../src/hosts/xlsx";

const enc = new TextEncoder();
const dec = new TextDecoder();
const MAX32 = 0xffffffff;

type Field = "size" | "compressed" | "offset";

interface Options {
  /** Central-directory fields written as 0xFFFFFFFF, their values moved to a ZIP64 extra field (in APPNOTE order). */
  central64?: Field[];
  /** Local headers carry placeholders and a ZIP64 extra field with both sizes (as commons-compress writes them). */
  local64?: boolean;
  /** A ZIP64 end record and locator, the classic end record holding placeholders for count, size and offset. */
  end64?: boolean;
  /** Replaces the first entry's ZIP64 extra data (after the 4-byte field header). */
  firstExtraData?: Uint8Array;
  /** Replaces the locator's offset of the ZIP64 end record. */
  locatorOffset?: bigint;
  /** Replaces the ZIP64 end record's central directory offset. */
  end64CdOffset?: bigint;
}

const u64 = (...values: (number | bigint)[]) => {
  const v = new DataView(new ArrayBuffer(8 * values.length));
  values.forEach((x, i) => v.setBigUint64(8 * i, BigInt(x), true));
  return new Uint8Array(v.buffer);
};

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Deflated entries in order, headers written field by field. */
function zipOf(files: [string, string][], o: Options = {}): Uint8Array {
  const central64 = o.central64 ?? [];
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => {
    chunks.push(b);
    offset += b.length;
  };
  files.forEach(([nameText, text], index) => {
    const name = enc.encode(nameText);
    const data = enc.encode(text);
    const packed = deflateSync(data);
    const crc = crc32(data, 0);
    const at = offset;
    const localExtra = o.local64 ? concat([new Uint8Array([1, 0, 16, 0]), u64(data.length, packed.length)]) : new Uint8Array(0);
    const local = new DataView(new ArrayBuffer(30 + name.length + localExtra.length));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, o.local64 ? 45 : 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, o.local64 ? MAX32 : packed.length, true);
    local.setUint32(22, o.local64 ? MAX32 : data.length, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, localExtra.length, true);
    new Uint8Array(local.buffer).set(name, 30);
    new Uint8Array(local.buffer).set(localExtra, 30 + name.length);
    push(new Uint8Array(local.buffer));
    push(packed);
    const values = { size: data.length, compressed: packed.length, offset: at };
    const order: Field[] = ["size", "compressed", "offset"];
    const present = order.filter((f) => central64.includes(f));
    const extraData = index === 0 && o.firstExtraData ? o.firstExtraData : u64(...present.map((f) => values[f]));
    const extra = present.length || (index === 0 && o.firstExtraData) ? concat([new Uint8Array([1, 0, extraData.length, 0]), extraData]) : new Uint8Array(0);
    const cen = new DataView(new ArrayBuffer(46 + name.length + extra.length));
    cen.setUint32(0, 0x02014b50, true);
    cen.setUint16(4, 45, true);
    cen.setUint16(6, 45, true);
    cen.setUint16(10, 8, true);
    cen.setUint32(16, crc, true);
    cen.setUint32(20, central64.includes("compressed") ? MAX32 : packed.length, true);
    cen.setUint32(24, central64.includes("size") ? MAX32 : data.length, true);
    cen.setUint16(28, name.length, true);
    cen.setUint16(30, extra.length, true);
    cen.setUint32(42, central64.includes("offset") ? MAX32 : at, true);
    new Uint8Array(cen.buffer).set(name, 46);
    new Uint8Array(cen.buffer).set(extra, 46 + name.length);
    central.push(new Uint8Array(cen.buffer));
  });
  const cdStart = offset;
  for (const c of central) push(c);
  const cdSize = offset - cdStart;
  if (o.end64) {
    const recordAt = offset;
    const record = new DataView(new ArrayBuffer(56));
    record.setUint32(0, 0x06064b50, true);
    record.setBigUint64(4, 44n, true);
    record.setUint16(12, 45, true);
    record.setUint16(14, 45, true);
    record.setBigUint64(24, BigInt(files.length), true);
    record.setBigUint64(32, BigInt(files.length), true);
    record.setBigUint64(40, BigInt(cdSize), true);
    record.setBigUint64(48, o.end64CdOffset ?? BigInt(cdStart), true);
    push(new Uint8Array(record.buffer));
    const locator = new DataView(new ArrayBuffer(20));
    locator.setUint32(0, 0x07064b50, true);
    locator.setBigUint64(8, o.locatorOffset ?? BigInt(recordAt), true);
    locator.setUint32(16, 1, true);
    push(new Uint8Array(locator.buffer));
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, o.end64 ? 0xffff : files.length, true);
  end.setUint16(10, o.end64 ? 0xffff : files.length, true);
  end.setUint32(12, o.end64 ? MAX32 : cdSize, true);
  end.setUint32(16, o.end64 ? MAX32 : cdStart, true);
  push(new Uint8Array(end.buffer));
  return concat(chunks);
}

const FILES: [string, string][] = [
  ["[Content_Types].xml", "<Types/>".repeat(40)],
  ["xl/workbook.xml", "<workbook>" + "<sheet/>".repeat(300) + "</workbook>"],
  ["xl/worksheets/sheet1.xml", "<row>".repeat(7) + "é"],
];

function codeOf(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): string {
  try {
    readZipDirectory(bytes, limits);
    return "read";
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return e.code;
  }
}

/** Name → inflated text of every entry, as the reader locates them. */
function texts(bytes: Uint8Array, entries: ZipEntry[]): Record<string, string> {
  const budget = new InflateBudget(DEFAULT_XLSX_LIMITS);
  return Object.fromEntries(entries.map((e) => [e.name, dec.decode(inflateEntry(bytes, e, budget))]));
}

/** What the reader should report for FILES, whatever records carried it. */
function expectPlainEntries(bytes: Uint8Array, entries: ZipEntry[]): void {
  expect(texts(bytes, entries)).toEqual(Object.fromEntries(FILES));
  const reference = readZipDirectory(zipOf(FILES), DEFAULT_XLSX_LIMITS);
  expect(entries.map(({ name, crc, compressedSize, claimedSize, dataEnd, dataStart }) => ({ name, crc, compressedSize, claimedSize, length: dataEnd - dataStart }))).toEqual(
    reference.map(({ name, crc, compressedSize, claimedSize, dataEnd, dataStart }) => ({ name, crc, compressedSize, claimedSize, length: dataEnd - dataStart })),
  );
}

describe("zip directory: entry names written with backslashes", () => {
  it("reads \"\\\" as \"/\" before the safety checks, so a name that climbs out is still refused", () => {
    const zip = zipSync({ "[Content_Types].xml": enc.encode("<Types/>"), "xl\\worksheets\\sheet1.xml": enc.encode("<worksheet/>") });
    expect(readZipDirectory(zip, DEFAULT_XLSX_LIMITS).map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml"]);
    for (const name of ["..\\..\\tmp\\evil.txt", "xl\\..\\..\\evil.txt", "\\evil.txt", "\\\\server\\share\\evil.txt", "C:\\evil.txt"]) {
      const hostile = zipSync({ "xl\\workbook.xml": enc.encode("<workbook/>"), [name]: enc.encode("x") });
      expect(() => readZipDirectory(hostile, DEFAULT_XLSX_LIMITS), name).toThrow(expect.objectContaining({ code: "unsafe-entry-name", message: expect.stringContaining(`"${name}"`) }));
    }
  });

  it("takes a backslashed name and its forward-slash twin for the same entry, refused as a duplicate", () => {
    const zip = zipSync({ "xl/workbook.xml": enc.encode("<a/>"), "XL\\Workbook.xml": enc.encode("<b/>") });
    expect(() => readZipDirectory(zip, DEFAULT_XLSX_LIMITS)).toThrow(expect.objectContaining({ code: "malformed", message: expect.stringContaining("twice") }));
  });
});

describe("zip directory: ZIP64 records", () => {
  it("reads sizes and offsets from the ZIP64 extra field when all three hold placeholders, past ZIP64 local headers", () => {
    const bytes = zipOf(FILES, { central64: ["size", "compressed", "offset"], local64: true });
    expect(Object.keys(unzipSync(bytes))).toEqual(FILES.map(([n]) => n));
    expectPlainEntries(bytes, readZipDirectory(bytes, DEFAULT_XLSX_LIMITS));
  });

  it.each([[["compressed", "offset"]], [["size", "offset"]], [["offset"]], [["compressed"]]] as [Field[]][])(
    "reads only the fields that hold placeholders from the extra field, in APPNOTE order (%j)",
    (central64) => {
      const bytes = zipOf(FILES, { central64 });
      expectPlainEntries(bytes, readZipDirectory(bytes, DEFAULT_XLSX_LIMITS));
    },
  );

  it("follows the ZIP64 end-of-central-directory locator when the end record holds placeholders", () => {
    const bytes = zipOf(FILES, { end64: true, central64: ["size", "compressed", "offset"], local64: true });
    expectPlainEntries(bytes, readZipDirectory(bytes, DEFAULT_XLSX_LIMITS));
  });

  it("holds the real sizes and entry count against the limits: exactly at a limit passes, one over is refused", () => {
    const bytes = zipOf(FILES, { end64: true, central64: ["size", "compressed", "offset"] });
    const sheet = FILES[1][1].length;
    const total = FILES.reduce((n, [, t]) => n + enc.encode(t).length, 0);
    expect(codeOf(bytes, resolveLimits({ maxPartBytes: sheet }))).toBe("read");
    expect(codeOf(bytes, resolveLimits({ maxPartBytes: sheet - 1 }))).toBe("too-large");
    expect(codeOf(bytes, resolveLimits({ maxTotalBytes: total }))).toBe("read");
    expect(codeOf(bytes, resolveLimits({ maxTotalBytes: total - 1 }))).toBe("too-large");
    expect(codeOf(bytes, resolveLimits({ maxEntries: 3 }))).toBe("read");
    expect(codeOf(bytes, resolveLimits({ maxEntries: 2 }))).toBe("too-large");
  });

  const beyondSafe = u64(2n ** 53n, 10, 0);
  it.each([
    ["a size beyond Number.MAX_SAFE_INTEGER", { central64: ["size", "compressed", "offset"], firstExtraData: beyondSafe }, "malformed"],
    ["an extra field shorter than its placeholders need", { central64: ["size", "compressed", "offset"], firstExtraData: u64(10, 10) }, "malformed"],
    ["a local header offset past the end of the file", { central64: ["size", "offset"], firstExtraData: u64(10, 1_000_000) }, "truncated"],
    ["a compressed size past the end of the file", { central64: ["size", "compressed"], firstExtraData: u64(10, 1_000_000) }, "truncated"],
    ["a locator pointing past the end of the file", { end64: true, locatorOffset: 1n << 40n }, "truncated"],
    ["a locator pointing beyond Number.MAX_SAFE_INTEGER", { end64: true, locatorOffset: 1n << 60n }, "malformed"],
    ["a locator pointing at something that is not a ZIP64 end record", { end64: true, locatorOffset: 0n }, "malformed"],
    ["a ZIP64 end record whose directory lies past the end of the file", { end64: true, end64CdOffset: 1n << 32n }, "truncated"],
  ] as [string, Options, string][])("refuses %s as a damaged file", (_what, options, code) => {
    expect(codeOf(zipOf(FILES, options))).toBe(code);
  });

  it("tells a claimed size past 4 GiB from a lie (no 32-bit arithmetic on sizes)", () => {
    const entry = (claimedSize: number, compressedSize: number): ZipEntry => ({ name: "a", method: 8, flags: 0, crc: 0, compressedSize, claimedSize, dataStart: 0, dataEnd: compressedSize });
    expect(claimsTooLittle(entry(2 ** 32, 2 ** 32 + 4096))).toBe(false);
    expect(claimsTooLittle(entry(2 ** 32, 2 ** 32 + 2 ** 29 + 1025))).toBe(true);
  });
});

describe("zip writer: what a save writes for these entries", () => {
  it("copies an untouched ZIP64 entry's compressed bytes under a plain 32-bit header stating its real sizes", () => {
    const input = zipOf(FILES, { end64: true, central64: ["size", "compressed", "offset"], local64: true });
    const entries = readZipDirectory(input, DEFAULT_XLSX_LIMITS);
    const out = writeZip(entries.map((raw) => ({ name: raw.name, raw, from: input })));
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    const eocd = out.length - 22;
    expect(view.getUint32(eocd, true)).toBe(0x06054b50);
    expect(view.getUint32(eocd - 20, true)).not.toBe(0x07064b50);
    expect(view.getUint16(eocd + 10, true)).toBe(FILES.length);
    let p = view.getUint32(eocd + 16, true);
    for (const e of entries) {
      expect(view.getUint32(p, true)).toBe(0x02014b50);
      expect({ needed: view.getUint16(p + 6, true), crc: view.getUint32(p + 16, true), compressed: view.getUint32(p + 20, true), size: view.getUint32(p + 24, true), extra: view.getUint16(p + 30, true) }).toEqual({
        needed: 20,
        crc: e.crc,
        compressed: e.compressedSize,
        size: e.claimedSize,
        extra: 0,
      });
      const local = view.getUint32(p + 42, true);
      expect({ compressed: view.getUint32(local + 18, true), size: view.getUint32(local + 22, true), extra: view.getUint16(local + 28, true) }).toEqual({ compressed: e.compressedSize, size: e.claimedSize, extra: 0 });
      p += 46 + view.getUint16(p + 28, true);
    }
    const again = readZipDirectory(out, DEFAULT_XLSX_LIMITS);
    again.forEach((e, i) => expect(out.subarray(e.dataStart, e.dataEnd)).toEqual(input.subarray(entries[i].dataStart, entries[i].dataEnd)));
    expect(Object.fromEntries(Object.entries(unzipSync(out)).map(([n, d]) => [n, dec.decode(d)]))).toEqual(Object.fromEntries(FILES));
  });

  it("saves a workbook zipped with backslashes under \"/\" names, each untouched entry's bytes, CRC and sizes as they came", () => {
    const files = unzipSync(generateWorkbook([["Nama", "Nilai"], ["Ani", 81.5]]));
    const input = zipSync(Object.fromEntries(Object.entries(files).map(([n, d]) => [n.replace(/\//g, "\\"), d])));
    const before = readZipDirectory(input, DEFAULT_XLSX_LIMITS);
    const out = XlsxHost.open(input).save();
    const after = readZipDirectory(out, DEFAULT_XLSX_LIMITS);
    expect(after.map((e) => e.name)).toEqual(Object.keys(files));
    expect(Object.keys(unzipSync(out))).toEqual(Object.keys(files));
    after.forEach((e, i) => {
      expect([e.crc, e.compressedSize, e.claimedSize], e.name).toEqual([before[i].crc, before[i].compressedSize, before[i].claimedSize]);
      expect(out.subarray(e.dataStart, e.dataEnd), e.name).toEqual(input.subarray(before[i].dataStart, before[i].dataEnd));
    });
  });

  it("refuses to write a size or offset that 32-bit headers cannot hold, rather than wrapping it", () => {
    const from = new Uint8Array([0x61]);
    const raw = (claimedSize: number): ZipEntry => ({ name: "a", method: 0, flags: 0, crc: 0, compressedSize: 1, claimedSize, dataStart: 0, dataEnd: 1 });
    expect(() => writeZip([{ name: "a", raw: raw(2 ** 32), from }])).toThrow(RangeError);
    expect(() => writeZip([{ name: "a", raw: raw(MAX32), from }])).toThrow(RangeError);
    expect(() => writeZip([{ name: "a", raw: raw(MAX32 - 1), from }])).not.toThrow();
    // The end record's 16-bit count: 0xFFFF is the placeholder, more would wrap.
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `p${i}`, raw: raw(1), from }));
    expect(() => writeZip(many(0xffff))).toThrow(RangeError);
    expect(readZipDirectory(writeZip(many(0xfffe)), resolveLimits({ maxEntries: 0xfffe }))).toHaveLength(0xfffe);
  });
});
