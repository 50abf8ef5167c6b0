// Bad input gets a clear answer and loses nothing (issues 2 and 3): the run refuses, or writes only its own cells.
import { describe, it, expect } from "vitest";
import { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateWorkbook } from "../../src/hosts/xlsx/generate";
import { classifyWorkbook } from "../../src/app/classify";
import type { CellValue } from "../../src/grid/types";

const NOW = new Date("2026-11-23T10:00:00Z");
const HEADER = ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"];
const rows = (n: number): CellValue[][] => [
  HEADER,
  ...Array.from({ length: n }, (_, i) => [`1980010120050110${String(i).padStart(2, "0")}`, `Pegawai ${i}`, 50 + i * 3, 90 - i * 3]),
];

/** Every zip entry's bytes, to prove a refused run changed nothing. */
function entries(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

function withSheetXml(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files["xl/worksheets/sheet1.xml"] = strToU8(edit(strFromU8(files["xl/worksheets/sheet1.xml"])));
  return zipSync(files);
}

async function refuse(bytes: Uint8Array, code: string) {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { now: NOW });
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.error.code).toBe(code);
  expect(outcome.error.message.length).toBeGreaterThan(10);
  expect(entries(host.save())).toEqual(entries(bytes));
}

describe("a run that cannot start says why and changes nothing", () => {
  it("refuses an empty sheet", async () => {
    await refuse(generateWorkbook([]), "empty-sheet");
  });

  it("refuses a sheet without a recognisable header, naming what it looked for", async () => {
    const bytes = generateWorkbook([["a", "b"], [1, 2], [3, 4]]);
    const host = XlsxHost.open(bytes);
    const outcome = await classifyWorkbook(host, { now: NOW, sheet: "Data" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe("no-header");
      expect(outcome.error.message).toMatch(/NIP/);
    }
    expect(entries(host.save())).toEqual(entries(bytes));
  });

  it("refuses a protected data sheet", async () => {
    const bytes = withSheetXml(generateWorkbook(rows(5)), (x) => x.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'));
    await refuse(bytes, "sheet-protected");
  });

  it("refuses a preset whose inputs the sheet does not have, naming them in the user's words", async () => {
    const host = XlsxHost.open(generateWorkbook(rows(5)));
    const outcome = await classifyWorkbook(host, { now: NOW, presetId: "permenpan-3-2020" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe("preset-inputs-missing");
      expect(outcome.error.message).toMatch(/Predikat Kinerja/);
    }
  });
});

describe("RULES §7: Talenta owns only its columns and sheets", () => {
  it("never overwrites a user's column that happens to be called Kotak: its own columns go to the right", async () => {
    const data = rows(6).map((r, i) => [...r, i === 0 ? "Kotak" : `catatan ${i}`]);
    const host = XlsxHost.open(generateWorkbook(data));
    const outcome = await classifyWorkbook(host, { now: NOW });
    expect(outcome.ok).toBe(true);
    const grid = await XlsxHost.open(host.save()).readUsedGrid("Data");
    expect(grid.values[0][4]).toBe("Kotak");
    for (let r = 1; r <= 6; r++) expect(grid.values[r][4]).toBe(`catatan ${r}`);
    expect(grid.values[0].filter((v) => v === "Kotak")).toHaveLength(2);
    expect(grid.values[0].indexOf("Kotak", 5)).toBeGreaterThan(4);
  });

  it("a re-run replaces its own columns and sheets: the second output reads exactly like the first", async () => {
    const first = XlsxHost.open(generateWorkbook(rows(8)));
    await classifyWorkbook(first, { now: NOW });
    const once = first.save();
    const second = XlsxHost.open(once);
    const outcome = await classifyWorkbook(second, { now: NOW });
    expect(outcome.ok).toBe(true);
    const twice = second.save();
    // The one expected difference: the second run says its configuration came from the workbook.
    const konfigurasi = (e: Record<string, string>) => Object.keys(e).find((k) => e[k].includes("Alasan pemilihan preset"))!;
    const a = entries(once);
    const b = entries(twice);
    expect(b[konfigurasi(b)]).toMatch(/Konfigurasi tersimpan di buku kerja/);
    delete a[konfigurasi(a)];
    delete b[konfigurasi(b)];
    expect(b).toEqual(a);
    const sheets = (await XlsxHost.open(twice).listSheets()).map((s) => s.name);
    expect(new Set(sheets).size).toBe(sheets.length);
  });

  it("a re-run after the user changes a score moves that person and keeps one set of result columns", async () => {
    const host = XlsxHost.open(generateWorkbook(rows(4)));
    await classifyWorkbook(host, { now: NOW });
    const bytes = withSheetXml(host.save(), (x) => x.replace(/(<c r="C2"[^>]*><v>)50(<\/v>)/, "$185$2"));
    const again = XlsxHost.open(bytes);
    const outcome = await classifyWorkbook(again, { now: NOW });
    expect(outcome.ok).toBe(true);
    const grid = await XlsxHost.open(again.save()).readUsedGrid("Data");
    const header = grid.values[0];
    expect(header.filter((v) => v === "Kotak")).toHaveLength(1);
    // Row 2: kinerja 85 (Di Atas), potensial 90 (Tinggi) → kotak 9 (RULES §1).
    expect(grid.values[1][header.indexOf("Kotak")]).toBe(9);
  });
});
