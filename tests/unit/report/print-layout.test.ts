// RULES §7 "print-ready": Talenta's table sheets print readably on A4 landscape. The page arithmetic here is the
// file format's and Excel's, worked out independently of src/report/print-pages.ts: A4 is 297 × 210 mm
// (841.9 × 595.3 pt); both hosts print with 0.7" side and 0.75" top/bottom margins; a column of width w
// characters is round(7w) + 5 pixels of 0.75 pt; a row without a height of its own is at most 15 pt (Calibri 11).
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/domain/config";
import type { Issue } from "../../../src/domain/issues";
import { planSuccession, type KeyPosition, type Person as SuccessionPerson } from "../../../src/domain/succession";
import type { Block, SheetLayout } from "../../../src/grid/types";
import { buildKonfigurasiSheet } from "../../../src/report/konfigurasi-sheet";
import { buildKotak9Sheet } from "../../../src/report/kotak9-sheet";
import type { SuccessionReportInput } from "../../../src/report/succession-input";
import { buildSuksesiSheet } from "../../../src/report/suksesi-sheet";
import { buildTalentPoolSheet, TALENT_POOL_HEADER_ROW } from "../../../src/report/talent-pool-sheet";
import { buildValidasiSheet, VALIDASI_ROW } from "../../../src/report/validasi-sheet";
import { linesInColumn as wrappedLines } from "../../../src/report/text-measure";
import { findCell, makeInput, many } from "./make-report-input";

const PAGE = { width: 841.9 - 2 * 0.7 * 72, height: 595.3 - 2 * 0.75 * 72 };
const columnPoints = (w: number) => (Math.round(w * 7) + 5) * 0.75;
const widthPoints = (layout: SheetLayout) => (layout.columnWidths ?? []).reduce((s, w) => s + columnPoints(w.width), 0);
/** The scale fit-to-width 1 prints at on A4 landscape. */
const scaleOf = (layout: SheetLayout) => Math.min(1, PAGE.width / widthPoints(layout));
const wrapsAt = (block: Block, row: number, col: number) => {
  let wrap: boolean | undefined;
  for (const f of block.formats ?? []) if (row >= f.row && row < f.row + f.rows && col >= f.col && col < f.col + f.cols && f.style.wrap !== undefined) wrap = f.style.wrap;
  return wrap === true;
};

// Run on 12 March 2025 → placement 1 January 2026.
const days = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const LONG = {
  jabatan: "Kepala Bidang Pengembangan Sumber Daya Manusia Aparatur",
  unitKerja: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
  pangkat: "Penata Tingkat I, III/d",
};

function succession(positions: number, lang: "id" | "en" = "id"): SuccessionReportInput {
  const people: SuccessionPerson[] = Array.from({ length: 12 }, (_, i) => ({
    record: i,
    nip: `19750101200001${String(1000 + i)}`,
    nama: `Pegawai Nomor ${i + 1}, S.Sos., M.Si.`,
    jabatan: LONG.jabatan,
    unitKerja: LONG.unitKerja,
    eselon: "III.a",
    pangkat: i % 3 === 0 ? LONG.pangkat : "IV/a",
    pendidikan: "S2",
    kotak: 7 + (i % 3),
    nilaiTalenta: 90 - i,
    birthDays: days(1975, 1, 1),
  }));
  const base = makeInput(people.map((p, i) => ({ row: 4 + i, kotak: p.kotak as 7, nama: p.nama, nip: p.nip, nilaiTalenta: p.nilaiTalenta, kinerja: 80, potensial: 80 })), { lang });
  const targets: KeyPosition[] = Array.from({ length: positions }, (_, i) => ({
    jabatanTarget: `Kepala Dinas ${i + 1}`,
    jenjang: "JPT Pratama",
    eselon: "II.b",
    pangkatMinimal: "IV/a",
    pendidikanMinimal: "S1",
    jumlahSuksesor: 5,
  }));
  const config = defaultConfig("skor-sumbu");
  const plan = planSuccession(people, targets, config.succession, { today: base.run.at, poolBoxes: config.pool.instansi });
  return { ...base, succession: { plan, people, targets: { sheet: "Jabatan Target", sheetRows: targets.map((_, i) => i + 1), issues: [] } } };
}

describe("every Talenta sheet prints with a footer naming the sheet and numbering the pages", () => {
  const input = succession(2);
  const sheets = [buildTalentPoolSheet(input), buildSuksesiSheet(input).sheet, buildValidasiSheet(input), buildKonfigurasiSheet(input), buildKotak9Sheet(input)];
  it.each(sheets.map((s) => [s.name, s] as const))("%s", (name, sheet) => {
    expect(sheet.layout.page?.footer).toBe(`&L${name}&RHalaman &P dari &N`);
  });

  it("in English: Page &P of &N", () => {
    expect(buildValidasiSheet(succession(1, "en")).layout.page?.footer).toBe("&LTalenta - Validasi&RPage &P of &N");
  });
});

describe("Talent Pool prints readably one page wide", () => {
  const sheet = buildTalentPoolSheet(succession(1));
  const block = sheet.blocks[0] as Block;
  const h = TALENT_POOL_HEADER_ROW;

  it("repeats its header row on every page", () => {
    expect(sheet.layout.page?.printTitles).toEqual({ rows: { first: h, last: h } });
  });

  it("prints 11-point text at 8 points or more at fit-to-width 1 on A4 landscape", () => {
    expect(sheet.layout.page).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
    expect(11 * scaleOf(sheet.layout)).toBeGreaterThanOrEqual(8);
  });

  it("wraps Jabatan, Unit Kerja, Pangkat, Kategori and Catatan, so a long pangkat keeps its golongan", () => {
    const at = (title: string) => findCell(block, (v) => v === title)!.col;
    for (const title of ["Jabatan Saat Ini", "Unit Kerja", "Pangkat", "Kategori", "Catatan"]) expect(wrapsAt(block, h + 1, at(title)), title).toBe(true);
    const pangkat = findCell(block, (v) => v === LONG.pangkat)!;
    expect(pangkat.row).toBeGreaterThan(h);
    // Two lines of the column hold it: "Penata Tingkat" / "I, III/d".
    expect(wrappedLines(LONG.pangkat, sheet.layout.columnWidths!.find((w) => w.col === pangkat.col)!.width)).toBeLessThanOrEqual(2);
  });

  it("gives a row with wrapped text the height of its lines (LibreOffice keeps a row without one at one line)", () => {
    const jabatan = findCell(block, (v) => v === LONG.jabatan)!;
    const height = sheet.layout.rowHeights!.find((r) => r.row === jabatan.row)?.height ?? 15;
    expect(height).toBeGreaterThanOrEqual(2 * 15);
  });
});

describe("Validasi prints readably one page wide", () => {
  const issues: Issue[] = Array.from({ length: 40 }, (_, i) => ({ code: "missing-value", severity: "error", row: i, cell: `D${i + 5}`, field: "nilaiPotensial" }));
  const sheet = buildValidasiSheet(makeInput(many(40, 0, 4), { issues }));
  const block = sheet.blocks[0] as Block;

  it("repeats its header row on every page", () => {
    expect(sheet.layout.page?.printTitles).toEqual({ rows: { first: VALIDASI_ROW.header, last: VALIDASI_ROW.header } });
  });

  it("prints at 8 points or more, the Keterangan wrapped in a column of about 60 characters", () => {
    expect(11 * scaleOf(sheet.layout)).toBeGreaterThanOrEqual(8);
    const last = sheet.layout.columnWidths!.at(-1)!;
    expect(last.width).toBeLessThanOrEqual(65);
    expect(wrapsAt(block, VALIDASI_ROW.first, last.col)).toBe(true);
  });
});

describe("Suksesi: a position block never straddles two pages", () => {
  const { sheet, blockRows } = buildSuksesiSheet(succession(8));
  const heights = new Map((sheet.layout.rowHeights ?? []).map((r) => [r.row, r.height]));
  const rows = (sheet.blocks[0] as Block).values.length;

  it("breaks only where a position block starts, and each page so made fits the page at the sheet's scale", () => {
    const breaks = sheet.layout.page?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks) expect(blockRows).toContain(b);
    const room = PAGE.height / scaleOf(sheet.layout);
    const edges = [0, ...breaks, rows];
    for (let p = 0; p + 1 < edges.length; p++) {
      let used = 0;
      for (let r = edges[p]; r < edges[p + 1]; r++) used += heights.get(r) ?? 15;
      // No automatic break inside a page: every block lies whole between two manual breaks.
      expect(used, `page ${p + 1}`).toBeLessThanOrEqual(room);
    }
  });
});

describe("Kotak 9 prints the grid, then the legend, at the grid's scale", () => {
  const sheet = buildKotak9Sheet(succession(1));
  const page = sheet.layout.page!;
  const area = page.printArea!;
  const legend = findCell(sheet.blocks[0] as Block, (v) => v === "Keterangan Kotak")!;

  it("takes the legend into the print area and leaves the chart beside the grid to the screen", () => {
    expect(legend.row).toBeLessThan(area.row + area.rows);
    // Printed one page wide beside the grid, the chart shrank the names to about 5 pt.
    expect(sheet.charts[0].anchor.col).toBeGreaterThanOrEqual(area.col + area.cols);
  });

  it("prints the grid's names at 7.5 pt or more (9 pt names at the page's scale; the grid alone shrunk to one page printed them at 7.2 pt)", () => {
    const widths = (sheet.layout.columnWidths ?? []).filter((w) => w.col < area.col + area.cols);
    const known = new Set(widths.map((w) => w.col));
    let points = widths.reduce((s, w) => s + columnPoints(w.width), 0);
    for (let c = area.col; c < area.col + area.cols; c++) if (!known.has(c)) points += columnPoints(8.43);
    expect(9 * Math.min(1, PAGE.width / points)).toBeGreaterThanOrEqual(7.5);
  });

  it("starts the legend on a page of its own, the grid whole on the page before, one page wide and pages automatic", () => {
    expect(page.rowBreaks).toEqual([legend.row]);
    expect(page).toMatchObject({ fitToWidth: 1, fitToHeight: 0 });
    const heights = new Map((sheet.layout.rowHeights ?? []).map((r) => [r.row, r.height]));
    let grid = 0;
    for (let r = 0; r < legend.row; r++) grid += heights.get(r) ?? 15;
    const widths = (sheet.layout.columnWidths ?? []).filter((w) => w.col < area.col + area.cols);
    const known = new Set(widths.map((w) => w.col));
    let points = widths.reduce((s, w) => s + columnPoints(w.width), 0);
    for (let c = area.col; c < area.col + area.cols; c++) if (!known.has(c)) points += columnPoints(8.43);
    expect(grid * Math.min(1, PAGE.width / points)).toBeLessThanOrEqual(PAGE.height);
  });
});

describe("Konfigurasi prints without its JSON line", () => {
  const input = succession(1);
  const sheet = buildKonfigurasiSheet(input);
  const block = sheet.blocks[0] as Block;

  it("ends the print area above the JSON, which stays whole and readable in its cell", () => {
    const title = findCell(block, (v) => v === "Konfigurasi lengkap (JSON)")!;
    const area = sheet.layout.page!.printArea!;
    expect(area.row + area.rows).toBeLessThanOrEqual(title.row);
    expect(JSON.parse(String(block.values[title.row + 1][0]))).toEqual(JSON.parse(JSON.stringify(input.config)));
  });
});

describe("lines of wrapped text, broken at spaces", () => {
  it("moves a word that does not fit to the next line, as Excel and LibreOffice wrap", () => {
    // "Kepala Dinas" | "Komunikasi dan" | "Informatika": 3 lines at 20, though 39 characters would fill 2.
    expect(wrappedLines("Kepala Dinas Komunikasi dan Informatika", 20)).toBe(3);
    expect(wrappedLines("Penata Tingkat I, III/d", 14)).toBe(2);
    // "Penata" | "Tingkat I," | "III/d" at 10 (Carlito 11 pt: "Tingkat I, III/d" is 62 pt, the column holds 52).
    expect(wrappedLines("Penata Tingkat I, III/d", 10)).toBe(3);
    expect(wrappedLines("Kinerja di atas ekspektasi dan potensial menengah", 25)).toBe(2);
    expect(wrappedLines("IV/a", 14)).toBe(1);
  });

  it("breaks a word longer than the line over as many lines as it needs, and counts line breaks", () => {
    expect(wrappedLines("x".repeat(45), 20)).toBe(3);
    expect(wrappedLines("satu\ndua", 20)).toBe(2);
  });
});
