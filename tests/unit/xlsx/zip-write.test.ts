import { inflateSync, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32, crc32Table } from "../../../src/hosts/xlsx/crc32";
import { DEFAULT_XLSX_LIMITS } from "../../../src/hosts/xlsx/limits";
import { readZipDirectory } from "../../../src/hosts/xlsx/zip-directory";
import { writeZip } from "../../../src/hosts/xlsx/zip-write";
import { XlsxHost, generateWorkbook } from "../../../src/hosts/xlsx";

const enc = new TextEncoder();

describe("zip writer: untouched parts leave compressed as they came", () => {
  it("computes the CRC-32 of the zip standard (check value of \"123456789\" is CBF43926)", () => {
    expect(crc32(enc.encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(enc.encode("6789"), crc32(enc.encode("12345")))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("copies a raw entry's compressed bytes and deflates new text, which any unzip reads back", () => {
    const input = zipSync({ "a.xml": enc.encode("<a>".repeat(1000)) }, { level: 9 });
    const [entry] = readZipDirectory(input, DEFAULT_XLSX_LIMITS);
    // A piece list crossing the 1 MiB slice boundary, with a surrogate pair on it.
    const big = ["x".repeat((1 << 20) - 1), "😀", "y".repeat(10)];
    const out = writeZip([{ name: "a.xml", raw: entry, from: input }, { name: "b.xml", content: big }]);
    const files = unzipSync(out);
    expect(new TextDecoder().decode(files["a.xml"])).toBe("<a>".repeat(1000));
    expect(new TextDecoder().decode(files["b.xml"])).toBe(big.join(""));
    const [a] = readZipDirectory(out, DEFAULT_XLSX_LIMITS);
    expect(out.subarray(a.dataStart, a.dataEnd)).toEqual(input.subarray(entry.dataStart, entry.dataEnd));
    expect(inflateSync(out.subarray(a.dataStart, a.dataEnd)).length).toBe(3000);
  });

  it("re-saves an untouched workbook with every entry's compressed bytes unchanged", () => {
    const input = generateWorkbook([["Nama", "Nilai"], ["Ani", 81.5]]);
    const out = XlsxHost.open(input).save();
    const before = readZipDirectory(input, DEFAULT_XLSX_LIMITS);
    const after = readZipDirectory(out, DEFAULT_XLSX_LIMITS);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    after.forEach((e, i) => {
      expect(e.crc, e.name).toBe(before[i].crc);
      expect(out.subarray(e.dataStart, e.dataEnd), e.name).toEqual(input.subarray(before[i].dataStart, before[i].dataEnd));
    });
  });
});

describe("crc32, native and portable", () => {
  it("gives the same CRC with Node's zlib as with the table, also when continued over slices", () => {
    const data = new Uint8Array(100_003).map((_, i) => (i * 2654435761) >>> 24);
    expect(crc32(data)).toBe(crc32Table(data));
    expect(crc32(data.subarray(50_000), crc32(data.subarray(0, 50_000)))).toBe(crc32Table(data));
    expect(crc32Table(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});
