import { describe, expect, it } from "vitest";
import { FIELD_IDS } from "../../../src/domain/fields";
import {
  FIELD_LABELS,
  formatIssue,
  ISSUE_MESSAGES,
  LEVEL_LABELS,
  RESULT_COLUMNS,
  SHEET_NAMES,
  TERMS,
} from "../../../src/domain/glossary";
import type { Issue, IssueCode } from "../../../src/domain/issues";

describe("RULES §7 result columns and sheets", () => {
  it("lists the result column headers in the RULES §7 order", () =>
    expect(RESULT_COLUMNS.map((c) => c.label.id)).toEqual([
      "Nilai Kinerja (Y)", "Nilai Potensial (X)", "Kinerja", "Potensial", "Kotak", "Kategori", "Rekomendasi",
      "Kelompok Rencana Suksesi", "Nilai Talenta", "Catatan Talenta",
    ]));
  it("names the owned sheets in Indonesian", () =>
    expect(Object.values(SHEET_NAMES)).toEqual([
      "Talenta - Kotak 9", "Talenta - Suksesi", "Talenta - Validasi", "Talenta - Konfigurasi",
      "Talenta - Talent Pool", "Talenta - Ringkasan",
    ]));
  it("labels the levels of RULES §1", () => {
    expect(LEVEL_LABELS.kinerja[3].id).toBe("Di Atas Ekspektasi");
    expect(LEVEL_LABELS.kinerja[1].id).toBe("Di Bawah Ekspektasi");
    expect(LEVEL_LABELS.potensial[2]).toEqual({ id: "Menengah", en: "Medium" });
  });
  it("has an English label for every field and a source section for every term", () => {
    for (const f of FIELD_IDS) expect(FIELD_LABELS[f].en, f).toBeTruthy();
    for (const t of TERMS) expect(t.source, t.id).toMatch(/RULES §\d|reference §\d/);
    expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
  });
});

describe("issue messages", () => {
  const sample: Record<IssueCode, Issue> = {
    "missing-value": { code: "missing-value", severity: "error", row: 0, cell: "F7", field: "jpm", data: { input: "asesmen" } },
    "out-of-scale": { code: "out-of-scale", severity: "error", row: 0, cell: "F8", field: "jpm", input: 250, data: { min: 0, max: 200 } },
    "not-a-number": { code: "not-a-number", severity: "error", row: 0, cell: "D3", field: "rekamJejak", input: "tujuh puluh" },
    "unknown-label": { code: "unknown-label", severity: "error", row: 0, cell: "C4", field: "predikat", input: "Luar Biasa" },
    "formula-without-value": { code: "formula-without-value", severity: "error", row: 0, cell: "F3", field: "rekamJejak", input: null },
    "nip-missing": { code: "nip-missing", severity: "warning", row: 0, cell: "B5", field: "nip" },
    "nip-stored-as-number": { code: "nip-stored-as-number", severity: "warning", row: 0, cell: "B6", field: "nip" },
    "nip-invalid": { code: "nip-invalid", severity: "warning", row: 0, cell: "B7", field: "nip", input: "199001012007011001", data: { reason: "tmt" } },
    "nip-duplicate": { code: "nip-duplicate", severity: "warning", row: 0, cell: "B8", field: "nip", input: "198609262015051001", data: { copies: 3 } },
    "invalid-date": { code: "invalid-date", severity: "warning", row: 0, cell: "E9", field: "tanggalLahir", input: "31/02/1980" },
    "missing-column": { code: "missing-column", severity: "error", row: 0, field: "rekamJejak" },
  };

  it("words a missing JPM in Indonesian with the cell and what to do next", () =>
    expect(formatIssue(sample["missing-value"], "id")).toBe(
      "Sel F7: JPM kosong; baris ini tidak diklasifikasi. Isi kolom JPM atau pilih preset lain.",
    ));
  it("words it in English with the English field label", () =>
    expect(formatIssue(sample["missing-value"], "en")).toBe(
      "Cell F7: Job Person Match (JPM) is empty; the row is not classified. Fill in the Job Person Match (JPM) column or choose another preset.",
    ));
  it("gives the scale of an out-of-scale value", () =>
    expect(formatIssue(sample["out-of-scale"], "id")).toBe(
      "Sel F8: nilai 250 di luar skala 0–200; baris ini tidak diklasifikasi. Perbaiki nilainya atau atur skala kolom JPM di konfigurasi.",
    ));
  it("lists the known predikat for an unknown label", () =>
    expect(formatIssue(sample["unknown-label"], "id")).toBe(
      'Sel C4: "Luar Biasa" bukan Predikat Kinerja yang dikenal; baris ini tidak diklasifikasi. ' +
        "Gunakan salah satu: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang.",
    ));
  it("says a formula was never calculated and how to get its value, not that the cell is empty", () =>
    expect(formatIssue(sample["formula-without-value"], "id")).toBe(
      "Sel F3: Nilai Rekam Jejak berisi rumus yang belum dihitung (berkas dibuat oleh program); baris ini tidak diklasifikasi. " +
        "Buka berkas di Excel atau LibreOffice, simpan, lalu jalankan Talenta lagi.",
    ));
  it("says a NIP holds letters rather than that it is not 18 digits when it does", () => {
    const lettered: Issue = { code: "nip-invalid", severity: "warning", row: 0, cell: "B7", field: "nip", input: "NIP197503122001121002", data: { reason: "length" } };
    expect(formatIssue(lettered, "id")).toBe("Sel B7: NIP NIP197503122001121002 memuat huruf atau tanda selain angka (NIP hanya 18 angka). Periksa dan perbaiki NIP-nya.");
    const short: Issue = { ...lettered, input: "19750312200112100" };
    expect(formatIssue(short, "id")).toBe("Sel B7: NIP 19750312200112100 bukan 18 digit. Periksa dan perbaiki NIP-nya.");
  });
  it("says why a NIP is invalid", () =>
    expect(formatIssue(sample["nip-invalid"], "id")).toBe(
      "Sel B7: NIP 199001012007011001 digit 9–14 (TMT CPNS) tidak sah atau kurang dari 18 tahun setelah tanggal lahir. Periksa dan perbaiki NIP-nya.",
    ));
  it("words an issue without a cell as a sentence of its own", () =>
    expect(formatIssue(sample["missing-column"], "id")).toBe(
      "Kolom Nilai Rekam Jejak tidak ditemukan; baris ini tidak diklasifikasi. Petakan kolom Nilai Rekam Jejak atau pilih preset lain.",
    ));
  it("has a message in both languages for every issue code, none empty or left with a placeholder", () => {
    for (const code of Object.keys(ISSUE_MESSAGES) as IssueCode[]) {
      for (const lang of ["id", "en"] as const) {
        const text = formatIssue(sample[code], lang);
        expect(text.length, `${code} ${lang}`).toBeGreaterThan(20);
        expect(text, `${code} ${lang}`).not.toMatch(/undefined|\{|\}/);
      }
    }
    expect(Object.keys(ISSUE_MESSAGES).sort()).toEqual(Object.keys(sample).sort());
  });
});
