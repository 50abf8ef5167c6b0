// The request's own mapping and sheet choice are the user's explicit instructions: followed, or refused with a
// reason naming them — never dropped in silence (a run classified from a guessed column instead).
import { describe, it, expect } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateWorkbook } from "../../src/hosts/xlsx/generate";
import { classifyWorkbook } from "../../src/app/classify";
import { previewClassification } from "../../src/app/preview";
import { defaultConfig } from "../../src/domain/config";
import type { CellValue } from "../../src/grid/types";

const NOW = new Date("2026-11-23T10:00:00Z");
// C and D hold the two axes; E a second score the user may prefer for kinerja.
const HEADER = ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial", "Nilai Kinerja\nRevisi"];
const rows = (n: number): CellValue[][] => [
  HEADER,
  ...Array.from({ length: n }, (_, i) => [`1980010120050110${String(i).padStart(2, "0")}`, `Pegawai ${i}`, 50 + i * 3, 90 - i * 3, 95 - i]),
];
const book = (sheet = "Data") => generateWorkbook(rows(6), sheet);

/** The files of a package, to prove a refused run wrote nothing. */
const entries = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

describe("a mapping by header text", () => {
  it("refuses a header text that is not on the sheet, naming the text and the field, and writes nothing", async () => {
    const bytes = book();
    const host = XlsxHost.open(bytes);
    const outcome = await classifyWorkbook(host, { now: NOW, mapByHeader: { nilaiKinerja: "Nilai Kinrja" } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("map-header-not-found");
    expect(outcome.error.message).toMatch(/"Nilai Kinrja"/);
    expect(outcome.error.message).toMatch(/Nilai Kinerja/);
    expect(outcome.error.message).not.toMatch(/\n/);
    expect(entries(host.save())).toEqual(entries(bytes));
  });

  it("words the refusal in English when asked", async () => {
    const outcome = await classifyWorkbook(XlsxHost.open(book()), { now: NOW, lang: "en", mapByHeader: { nip: "No Induk" } });
    expect(!outcome.ok && outcome.error.message).toMatch(/^Header "No Induk" \(for NIP\) was not found on sheet "Data"/);
  });

  it("finds a header typed on two lines (Alt+Enter) when the request writes it on one", async () => {
    const outcome = await previewClassification(XlsxHost.open(book()), { now: NOW, mapByHeader: { nilaiKinerja: "nilai kinerja  revisi" } });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.columns.find((c) => c.field === "nilaiKinerja")?.col).toBe(4);
  });

  it("keeps a saved configuration's header mapping lenient: a header gone from the sheet is skipped", async () => {
    const config = { ...defaultConfig("skor-sumbu"), mapping: { nilaiKinerja: "Kolom Lama" } };
    const outcome = await previewClassification(XlsxHost.open(book()), { now: NOW, config });
    expect(outcome.ok, outcome.ok ? "" : outcome.error.message).toBe(true);
  });
});

describe("two fields on one column", () => {
  it("refuses them, naming both fields and the column", async () => {
    const bytes = book();
    const host = XlsxHost.open(bytes);
    const outcome = await classifyWorkbook(host, { now: NOW, overrides: { nilaiKinerja: 3, nilaiPotensial: 3 } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("map-same-column");
    expect(outcome.error.message).toMatch(/Nilai Kinerja dan Nilai Potensial/);
    expect(outcome.error.message).toMatch(/\(D\)/);
    expect(entries(host.save())).toEqual(entries(bytes));
  });

  it("counts a header mapping and a column mapping onto the same column as two on one", async () => {
    const outcome = await previewClassification(XlsxHost.open(book()), { now: NOW, overrides: { nilaiPotensial: 4 }, mapByHeader: { nilaiKinerja: "Nilai Kinerja Revisi" } });
    expect(!outcome.ok && outcome.error.code).toBe("map-same-column");
  });

  it("lets the request remap a field a saved mapping also names: the request wins, no conflict reported", async () => {
    const config = { ...defaultConfig("skor-sumbu"), mapping: { nilaiKinerja: "Nilai Kinerja" } };
    const outcome = await previewClassification(XlsxHost.open(book()), { now: NOW, config, overrides: { nilaiPotensial: 2, nilaiKinerja: 3 } });
    expect(outcome.ok, outcome.ok ? "" : outcome.error.message).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.columns.filter((c) => c.field).map((c) => [c.col, c.field])).toEqual(
      expect.arrayContaining([[2, "nilaiPotensial"], [3, "nilaiKinerja"]]),
    );
  });

  it("still lets the pane's request unmap one field and map another (null is no column)", async () => {
    const outcome = await previewClassification(XlsxHost.open(book()), { now: NOW, overrides: { nilaiKinerja: 4, nama: null } });
    expect(outcome.ok).toBe(true);
  });
});

describe("the requested sheet", () => {
  it("is found whatever its letter case, as in Excel", async () => {
    const outcome = await previewClassification(XlsxHost.open(book("Data Pegawai")), { now: NOW, sheet: "data pegawai" });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.summary.sheet).toBe("Data Pegawai");
  });

  it("not found: the message lists the sheets the workbook has", async () => {
    const outcome = await previewClassification(XlsxHost.open(book("Data Pegawai")), { now: NOW, sheet: "Pegawai" });
    expect(!outcome.ok && outcome.error.message).toMatch(/Lembar "Pegawai" tidak ditemukan.*"Data Pegawai"/);
  });

  it("a sheet renamed since the last run: the run finds the data sheet again instead of failing on the old name", async () => {
    const host = XlsxHost.open(book("Data"));
    const first = await classifyWorkbook(host, { now: NOW });
    expect(first.ok).toBe(true);
    const files = unzipSync(host.save());
    files["xl/workbook.xml"] = strToU8(strFromU8(files["xl/workbook.xml"]).replace('name="Data"', 'name="Pegawai"'));
    const again = await previewClassification(XlsxHost.open(zipSync(files)), { now: NOW });
    expect(again.ok && again.summary.sheet).toBe("Pegawai");
  });
});

describe("a mapping by column letter", () => {
  // The sheet of `book()` uses columns A–E only.
  const JPM = ((10 * 26 + 16) * 26 + 13) - 1; // column "JPM" (J=10, P=16, M=13), 0-based

  it("refuses a column with nothing in it on the sheet, naming the column and the field, and writes nothing", async () => {
    const bytes = book();
    const host = XlsxHost.open(bytes);
    const outcome = await classifyWorkbook(host, { now: NOW, overrides: { nilaiKinerja: 25 } });
    expect(!outcome.ok && outcome.error.code).toBe("map-column-empty");
    expect(!outcome.ok && outcome.error.message).toMatch(/^Kolom Z \(untuk Nilai Kinerja\) kosong di lembar "Data"/);
    expect(entries(host.save())).toEqual(entries(bytes));
  });

  it("refuses an empty column inside the sheet's used range too", async () => {
    const gap = rows(6).map((r) => [...r, null, r === rows(6)[0] ? "Catatan" : "x"]);
    const outcome = await classifyWorkbook(XlsxHost.open(generateWorkbook(gap, "Data")), { now: NOW, overrides: { nilaiKinerja: 5 } });
    expect(!outcome.ok && outcome.error.code).toBe("map-column-empty");
    expect(!outcome.ok && outcome.error.message).toMatch(/^Kolom F /);
  });

  it("takes letters that name an empty column but spell a header as that header (--map jpm=JPM)", async () => {
    const withJpm = rows(6).map((r, i) => [...r, i === 0 ? "JPM" : 70 + i]);
    const host = XlsxHost.open(generateWorkbook(withJpm, "Data"));
    const outcome = await previewClassification(host, { overrides: { jpm: JPM } });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.columns.find((c) => c.field === "jpm")).toMatchObject({ col: 5, header: "JPM" });
  });
});
