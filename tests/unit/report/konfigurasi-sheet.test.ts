import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/domain/config";
import type { CellValue } from "../../../src/grid/types";
import { buildKonfigurasiSheet, JSON_CHUNK } from "../../../src/report/konfigurasi-sheet";
import { cellAt, findCell, makeInput, many, numberFormatAt } from "./make-report-input";

function input() {
  const config = defaultConfig("permenpan-3-2020");
  const base = makeInput([...many(3, 9, 4), ...many(1, 0, 7)], { config });
  return { ...base, run: { ...base.run, presetId: "permenpan-3-2020", presetReason: "Kolom Predikat Kinerja, Asesmen, Rekam Jejak dan Pertimbangan Lainnya ditemukan" } };
}

describe("RULES §7 Konfigurasi sheet", () => {
  const sheet = buildKonfigurasiSheet(input());
  const block = sheet.blocks[0];
  const valueOf = (label: string, offset = 1): CellValue | undefined => {
    const at = findCell(block, (v) => v === label);
    return at && cellAt(block, at.row, at.col + offset);
  };

  it("is the sheet named Talenta - Konfigurasi", () => {
    expect(sheet.name).toBe("Talenta - Konfigurasi");
  });

  it("holds the configuration JSON, which parses back to the same configuration", () => {
    const label = findCell(block, (v) => v === "Konfigurasi lengkap (JSON)")!;
    const json = cellAt(block, label.row + 1, 0);
    expect(typeof json).toBe("string");
    expect(JSON.parse(json as string)).toEqual(input().config);
    expect(numberFormatAt(block, label.row + 1, 0)).toBe("@");
  });

  it("names the preset and why it was chosen", () => {
    expect(valueOf("Preset")).toBe("PermenPANRB 3/2020");
    expect(valueOf("Preset", 2)).toBe("permenpan-3-2020");
    expect(valueOf("Alasan pemilihan preset")).toContain("Rekam Jejak");
  });

  it("RULES §5 shows the potensial weights of PermenPANRB 3/2020 in percent: 50, 40, 10", () => {
    const asesmen = findCell(block, (v) => v === "Asesmen")!;
    expect(cellAt(block, asesmen.row, 1)).toBe(0.5);
    expect(cellAt(block, asesmen.row + 1, 0)).toBe("Rekam Jejak");
    expect(cellAt(block, asesmen.row + 1, 1)).toBe(0.4);
    expect(cellAt(block, asesmen.row + 2, 1)).toBe(0.1);
    expect(numberFormatAt(block, asesmen.row, 1)).toBe("0%");
    expect(String(cellAt(block, asesmen.row, 2))).toContain("Nilai Asesmen");
  });

  it("RULES §3 shows the categorical kinerja as the predikat → level table", () => {
    expect(valueOf("Sangat Baik")).toBe("Di Atas Ekspektasi");
    expect(valueOf("Baik")).toBe("Sesuai Ekspektasi");
    expect(valueOf("Butuh Perbaikan")).toBe("Di Bawah Ekspektasi");
  });

  it("RULES §2 shows the cuts 60 and 80 for each axis", () => {
    const mids = block.values.filter((r) => r[0] === "Batas bawah level 2").map((r) => r[1]);
    const highs = block.values.filter((r) => r[0] === "Batas bawah level 3").map((r) => r[1]);
    expect(mids).toEqual([60, 60]);
    expect(highs).toEqual([80, 80]);
  });

  it("RULES §1 shows the pool boxes", () => {
    expect(valueOf("Kelompok Rencana Suksesi Instansi")).toBe("7, 8, 9");
    expect(valueOf("Kelompok Rencana Suksesi Nasional")).toBe("9");
  });

  it("records versions, run time (ISO and Indonesian), source sheet, header rows and row counts", () => {
    expect(valueOf("Versi aturan")).toBe("1");
    expect(valueOf("Versi Talenta")).toBe("0.1.0");
    expect(valueOf("Waktu proses")).toBe(new Date(2025, 2, 12, 10, 30).toISOString());
    expect(valueOf("Waktu proses", 2)).toBe("12 Maret 2025 pukul 10.30");
    expect(valueOf("Lembar")).toBe("Data Pegawai");
    expect(valueOf("Baris judul kolom")).toBe("3, 4");
    expect(valueOf("Baris data")).toBe("5–8");
    expect(valueOf("Baris dibaca")).toBe(4);
    expect(valueOf("Terklasifikasi")).toBe(3);
    expect(valueOf("Tidak terklasifikasi")).toBe(1);
    expect(valueOf("Kolom hasil")).toBe("E–N");
  });

  it("maps each field to its column letter and header", () => {
    const nama = findCell(block, (v) => v === "Nama")!;
    expect(block.values[nama.row].slice(0, 3)).toEqual(["Nama", "B", "Nama"]);
    const potensial = findCell(block, (v) => v === "Nilai Potensial")!;
    expect(block.values[potensial.row].slice(0, 3)).toEqual(["Nilai Potensial", "D", "Nilai Potensial"]);
  });

  it("splits a configuration JSON longer than one cell holds into cells below, rejoining to the same text", () => {
    const big = input();
    const config = { ...big.config, mapping: { nama: "N".repeat(JSON_CHUNK + 100) } };
    const b = buildKonfigurasiSheet({ ...big, config }).blocks[0];
    const label = findCell(b, (v) => v === "Konfigurasi lengkap (JSON)")!;
    const parts = b.values.slice(label.row + 1).map((r) => r[0] as string);
    expect(parts.length).toBe(2);
    expect(parts.every((p) => p.length <= 32767)).toBe(true);
    expect(JSON.parse(parts.join(""))).toEqual(config);
  });

  it("writes English labels for the English interface", () => {
    const en = buildKonfigurasiSheet({ ...input(), lang: "en" }).blocks[0];
    expect(findCell(en, (v) => v === "Full configuration (JSON)")).toBeDefined();
    expect(findCell(en, (v) => v === "Potential (X)")).toBeDefined();
    expect(findCell(en, (v) => v === "Track record")).toBeDefined();
  });
});
