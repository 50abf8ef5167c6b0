// A synthetic assessment workbook shaped like pemetaan-administrator-2025.xlsx, at any size.
import type { CellValue } from "../src/grid/types";
import { generateWorkbook } from "../src/hosts/xlsx/generate";

const PREDIKAT = ["Sangat Baik", "Baik", "Baik", "Baik", "Butuh Perbaikan", "Kurang", "-"];
const UNITS = ["Dinas Kesehatan", "Dinas Pendidikan", "Sekretariat Daerah", "Bappeda", "Inspektorat", "Kecamatan Batipuh"];

/** Deterministic pseudo-random numbers, so every run measures the same workbook. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function makeAssessmentRows(n: number): CellValue[][] {
  const r = rng(42);
  const rows: CellValue[][] = [
    ["PEMETAAN TALENTA (BENCHMARK)"],
    [],
    ["No", "NIP", "Nama", "Pangkat/Gol. Ruang", "Jabatan", "Eselon", "Unit Kerja", "Pendidikan Terakhir",
      "Predikat Kinerja 2023", "Predikat Kinerja 2024", "Nilai Potensi", "JPM (%)", "Nilai Rekam Jejak",
      "Pertimbangan Lainnya", "Keterangan"],
  ];
  for (let i = 0; i < n; i++) {
    const y = 1965 + Math.floor(r() * 30);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const nip = `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${y + 22}0${1 + Math.floor(r() * 9)}${1 + Math.floor(r() * 2)}${String(i % 1000).padStart(3, "0")}`;
    rows.push([
      i + 1, nip, `Pegawai ${i + 1}, S.E.`, "Penata, III/c", "Kepala Seksi", "IV.a", UNITS[i % UNITS.length], "S1",
      PREDIKAT[Math.floor(r() * PREDIKAT.length)], PREDIKAT[Math.floor(r() * (PREDIKAT.length - 1))],
      i % 97 === 0 ? "78,5" : Math.round((40 + r() * 60) * 100) / 100,
      Math.round((50 + r() * 60) * 100) / 100,
      Math.round((40 + r() * 60) * 100) / 100,
      Math.round((40 + r() * 60) * 100) / 100,
      i % 500 === 0 ? "=tugas belajar" : null,
    ]);
  }
  return rows;
}

export function makeAssessmentWorkbook(n: number): Uint8Array {
  return generateWorkbook(makeAssessmentRows(n), "Pemetaan Talenta");
}
