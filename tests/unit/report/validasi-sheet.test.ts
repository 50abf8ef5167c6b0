import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/domain/issues";
import { buildValidasiSheet, VALIDASI_ROW } from "../../../src/report/validasi-sheet";
import { cellAt, findCell, makeInput, many, numberFormatAt, type Person } from "./make-report-input";

const people: Person[] = [
  { row: 4, kotak: 9, nama: "Ani", nip: "198001012006042001" },
  { row: 5, kotak: 0, nama: "=cmd|' /C calc'!A0", nip: "+62811" },
  { row: 6, kotak: 7, nama: "Budi", nip: "198001012006041001" },
  { row: 8, kotak: 0, nama: "@SUM(A1)", nip: "-1" },
];
const issues: Issue[] = [
  { code: "missing-value", severity: "error", row: 1, cell: "D6", field: "nilaiPotensial" },
  { code: "nip-duplicate", severity: "warning", row: 2, cell: "A7", field: "nip", input: "198001012006041001", data: { copies: 2 } },
  { code: "nip-invalid", severity: "warning", row: 3, cell: "A9", field: "nip", input: "-1", data: { reason: "length" } },
  { code: "missing-column", severity: "error", row: 3, field: "rekamJejak" },
];

describe("RULES §7 Validasi sheet: every row not classified or flagged", () => {
  const sheet = buildValidasiSheet(makeInput(people, { issues }));
  const block = sheet.blocks[0];
  const H = VALIDASI_ROW.header;
  const line = (i: number) => block.values[VALIDASI_ROW.first + i];

  it("is the sheet named Talenta - Validasi with the columns in order", () => {
    expect(sheet.name).toBe("Talenta - Validasi");
    expect(block.values[H]).toEqual(["No", "Sel", "Baris", "NIP", "Nama", "Jenis Masalah", "Tingkat", "Keterangan"]);
  });

  it("lists one line per issue, by row, errors first within a row; a clean row is not listed", () => {
    expect(block.values.length - VALIDASI_ROW.first).toBe(4);
    expect([0, 1, 2, 3].map((i) => line(i)[5])).toEqual(["Nilai kosong", "NIP ganda", "Kolom tidak ada", "NIP tidak sah"]);
    expect([0, 1, 2, 3].map((i) => line(i)[0])).toEqual([1, 2, 3, 4]);
    expect(findCell(block, (v) => v === "Ani")).toBeUndefined();
  });

  it("gives the cell address with the sheet name, the sheet row, and the level in words", () => {
    expect(line(0).slice(1, 3)).toEqual(["'Data Pegawai'!D6", 6]);
    expect(line(0)[6]).toBe("Kesalahan");
    expect(line(1).slice(1, 3)).toEqual(["'Data Pegawai'!A7", 7]);
    expect(line(1)[6]).toBe("Peringatan");
  });

  it("addresses the whole row when the issue names no cell", () => {
    expect(line(2)[1]).toBe("'Data Pegawai'!9:9");
  });

  it("words the reason, naming the cell", () => {
    expect(String(line(0)[7])).toMatch(/^Sel D6: /);
  });

  it("copies NIP and Nama as text, even when they start with = + - @", () => {
    expect(line(0)[3]).toBe("+62811");
    expect(line(0)[4]).toBe("=cmd|' /C calc'!A0");
    expect(line(3)[4]).toBe("@SUM(A1)");
    expect(line(3)[3]).toBe("-1");
    for (const col of [3, 4]) {
      for (const i of [0, 3]) expect(numberFormatAt(block, VALIDASI_ROW.first + i, col)).toBe("@");
    }
  });

  it("summarises rows read, classified, not classified and flagged at the top", () => {
    const value = (label: string) => {
      const at = findCell(block, (v) => v === label)!;
      expect(at.row).toBeLessThan(H);
      return cellAt(block, at.row, at.col + 1);
    };
    expect(value("Baris dibaca")).toBe(4);
    expect(value("Terklasifikasi")).toBe(2);
    expect(value("Tidak terklasifikasi")).toBe(2);
    expect(value("Terklasifikasi dengan catatan")).toBe(1);
  });

  it("freezes the panes below the header row", () => {
    expect(sheet.layout.freeze).toEqual({ rows: H + 1, cols: 0 });
  });
});

describe("Validasi sheet: edges", () => {
  it("says so when no row needs checking", () => {
    const block = buildValidasiSheet(makeInput(many(3, 5, 4))).blocks[0];
    expect(block.values.length).toBe(VALIDASI_ROW.first + 1);
    expect(findCell(block, (v) => v === "Tidak ada baris yang perlu diperiksa.")).toBeDefined();
  });

  it("formats whole columns: the number of format ranges does not grow with the issues", () => {
    const issuesFor = (n: number): Issue[] =>
      Array.from({ length: n }, (_, row) => ({ code: "nip-missing", severity: "warning", row, cell: `A${row + 5}`, field: "nip" }));
    const small = buildValidasiSheet(makeInput(many(3, 5, 4), { issues: issuesFor(3) })).blocks[0];
    const large = buildValidasiSheet(makeInput(many(3000, 5, 4), { issues: issuesFor(3000) })).blocks[0];
    expect(large.values.length - VALIDASI_ROW.first).toBe(3000);
    expect(large.formats!.length).toBe(small.formats!.length);
  });

  it("writes English words for the English interface", () => {
    const block = buildValidasiSheet(makeInput(people, { issues, lang: "en" })).blocks[0];
    expect(block.values[VALIDASI_ROW.header]).toEqual(["No", "Cell", "Row", "NIP", "Name", "Issue", "Severity", "Message"]);
    expect(block.values[VALIDASI_ROW.first][6]).toBe("Error");
  });
});
