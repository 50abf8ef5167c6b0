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

describe("zip writer: produced content exists only while its entry is written", () => {
  const entryBytes = (zip: Uint8Array) => {
    const [e] = readZipDirectory(zip, DEFAULT_XLSX_LIMITS);
    return zip.subarray(e.dataStart, e.dataEnd);
  };
  function* pieces(text: string, size: number): Generator<string> {
    for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
  }

  // 1 MiB of characters is where a part goes to the fast level: one under stays at level 6, exactly 1 MiB does not.
  for (const length of [(1 << 20) - 1, 1 << 20, (1 << 20) + 70_001]) {
    it(`deflates ${length} characters streamed in pieces to the same bytes as the text given whole`, () => {
      const text = "<row>".repeat(Math.ceil(length / 5)).slice(0, length - 2) + "é!";
      const whole = writeZip([{ name: "s.xml", content: text }]);
      const streamed = writeZip([{ name: "s.xml", content: () => pieces(text, 70_001) }]);
      expect(streamed).toEqual(whole);
      expect(new TextDecoder().decode(unzipSync(streamed)["s.xml"])).toBe(text);
    });
  }

  it("asks for produced content once, when its entry is reached, and lets each piece of a list go", () => {
    const calls: string[] = [];
    const list = ["<a>", "b", "</a>"];
    const out = writeZip([
      { name: "1.xml", content: () => (calls.push("1"), "<one/>") },
      { name: "2.xml", content: () => (calls.push("2"), list) },
    ]);
    expect(calls).toEqual(["1", "2"]);
    expect(list).toEqual(["", "", ""]);
    expect(new TextDecoder().decode(unzipSync(out)["2.xml"])).toBe("<a>b</a>");
    expect(entryBytes(out).length).toBeGreaterThan(0);
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
