// Review (wild inputs): Talenta recognises its own result columns (RULES §7) only through the record it saves in
// the workbook (a customXml part) AND only at the exact column the record names (src/app/owned-columns.ts).
// Real workbooks lose one or the other all the time:
// - the data sheet, results included, is copied into another workbook (Move or Copy → new book, pasted into the
//   province's template, a round trip through Google Sheets): the customXml record does not travel with it;
// - the user inserts a column left of the data after a run (an extra "Unit" column): every result column moves
//   one to the right of where the record says.
// Then the previous result columns are taken for the user's own data. In the first case `Nilai Kinerja (Y)` and
// `Nilai Potensial (X)` even become the inputs of preset `skor-sumbu` (RULES §5 picks it first), so the run
// silently re-classifies every row from its own stale output and ignores the predikat the user has just corrected.
// In both cases a second block of result columns is written beside the stale one instead of replacing it.
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { CellValue } from "../../src/grid/types";
import { fixtureBytes } from "../hosts/fixture-files";
import { withoutRecord } from "../app/without-record";

const DATA = "Data Talenta";
const NOW = new Date("2025-06-02T03:00:00Z");
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

async function classify(bytes: Uint8Array): Promise<Uint8Array> {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { now: NOW });
  expect(outcome.ok).toBe(true);
  return host.save();
}

async function dataGrid(bytes: Uint8Array): Promise<{ header: CellValue[]; row: (sheetRow: number) => CellValue[] }> {
  const g = await XlsxHost.open(bytes).readUsedGrid(DATA);
  // talenta-jpt-bkn411.xlsx: header on sheet row 3 (index 2).
  const at = (sheetRow: number) => {
    const values = g.values[sheetRow - 1 - g.origin.row] ?? [];
    return [...Array(g.origin.col).fill(null), ...values];
  };
  return { header: at(3), row: at };
}

/** One cell of the data sheet (sheet1.xml) rewritten, as the user would retype it. */
function retype(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = dec(files["xl/worksheets/sheet1.xml"]);
  expect(xml).toContain(from);
  files["xl/worksheets/sheet1.xml"] = enc(xml.replace(from, to));
  return zipSync(files);
}

/** An empty column inserted before column C of the data sheet (cells and merges move right, as Excel does). */
function insertColumnC(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const letters = (n: number): string => (n < 26 ? String.fromCharCode(65 + n) : letters(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26)));
  const index = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const move = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => (index(c) >= 2 ? letters(index(c) + 1) : c) + r);
  let xml = dec(files["xl/worksheets/sheet1.xml"]);
  xml = xml.replace(/(<c r=")([A-Z]+\d+)(")/g, (_, a, ref, b) => a + move(ref) + b);
  xml = xml.replace(/(<mergeCell ref=")([^"]+)(")/g, (_, a, ref, b) => a + move(ref) + b);
  files["xl/worksheets/sheet1.xml"] = enc(xml);
  return zipSync(files);
}

const countKotak = (header: CellValue[]) => header.filter((v) => v === "Kotak").length;

describe("review (wild): re-running on a sheet whose result columns Talenta no longer recognises", () => {
  it("classifies a corrected predikat from the predikat, not from its own stale result columns (record lost)", async () => {
    const first = await classify(fixtureBytes("talenta-jpt-bkn411.xlsx"));
    const before = await dataGrid(first);
    const kotak = before.header.indexOf("Kotak");
    // Row 5: Fitri Rahayu Sikumbang, predikat Sangat Baik, kotak 9 in the first run.
    expect(before.row(5)[7]).toBe("Sangat Baik");
    expect(before.row(5)[kotak]).toBe(9);

    // The sheet travels without the record and the user corrects the predikat to Sangat Kurang.
    const edited = retype(withoutRecord(first), '<c r="H5" t="inlineStr"><is><t>Sangat Baik</t>', '<c r="H5" t="inlineStr"><is><t>Sangat Kurang</t>');
    const after = await dataGrid(await classify(edited));
    // bkn-411-2025 (RULES §5): kinerja = 60% of 20 points + 40% penguat ≤ 52 → Di Bawah Ekspektasi → kotak 1, 3 or 6.
    const newest = after.header.lastIndexOf("Kotak");
    expect([1, 3, 6]).toContain(after.row(5)[newest]);
    expect(countKotak(after.header)).toBe(1);
  });

  it("replaces its result columns after the user inserted a column left of the data", async () => {
    const first = await classify(fixtureBytes("talenta-jpt-bkn411.xlsx"));
    const shifted = insertColumnC(first);
    const after = await dataGrid(await classify(shifted));
    // RULES §7: a re-run replaces Talenta's columns; one block of result columns, not a stale one beside a new one.
    expect(countKotak(after.header)).toBe(1);
    expect(after.header.filter((v) => v === "Catatan Talenta")).toHaveLength(1);
  });
});
