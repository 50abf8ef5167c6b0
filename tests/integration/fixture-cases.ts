// Facts about each fixture's layout (looked up by hand in the files) and the expected box per row computed from
// RULES.md by the independent oracle. Row numbers are 1-based as a person reads them in Excel.
import type { CellValue } from "../../src/grid/types";
import { box, level, predikatLevel, predikatPoints, num, categoryLevel } from "./oracle";

export type Row = (col: string) => { value: CellValue; format: string };

export interface FixtureCase {
  file: string;
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  preset: string;
  /** Expected kotak, or undefined when RULES say the row is not classified. */
  expected: (row: Row) => number | undefined;
}

const pct = (c: { value: CellValue; format: string }) => num(c.value, c.format.includes("%"));

export const FIXTURE_CASES: FixtureCase[] = [
  {
    file: "pemetaan-administrator-2025.xlsx",
    sheet: "Pemetaan Talenta",
    headerRow: 6,
    firstRow: 8,
    lastRow: 225,
    preset: "permenpan-3-2020",
    expected: (r) => {
      // RULES §5 permenpan-3-2020: kinerja = level of the latest predikat (2024, column J);
      // potensial = 50% Asesmen (mean of Nilai Potensi and JPM capped at 100) + 40% Rekam Jejak + 10% Pertimbangan.
      const k = predikatLevel(r("J").value);
      const potensi = pct(r("K"));
      const jpm = pct(r("L"));
      const rekam = pct(r("M"));
      const lain = pct(r("N"));
      if (k === undefined || potensi === undefined || jpm === undefined || rekam === undefined || lain === undefined) return undefined;
      if ([potensi, rekam, lain].some((v) => v < 0 || v > 100) || jpm < 0 || jpm > 200) return undefined; // RULES §6
      const asesmen = (potensi + Math.min(jpm, 100)) / 2;
      return box(k, level(0.5 * asesmen + 0.4 * rekam + 0.1 * lain));
    },
  },
  {
    file: "pemetaan-administrator-2025-libreoffice.xlsx",
    sheet: "Pemetaan Talenta",
    headerRow: 6,
    firstRow: 8,
    lastRow: 225,
    preset: "permenpan-3-2020",
    expected: (r) => FIXTURE_CASES[0].expected(r),
  },
  {
    file: "talenta-jpt-bkn411.xlsx",
    sheet: "Data Talenta",
    headerRow: 3,
    firstRow: 4,
    lastRow: 67,
    preset: "bkn-411-2025",
    expected: (r) => {
      // RULES §5 bkn-411-2025. Y = 60% predikat points + 15% Penghargaan + 15% Penugasan + 10% Umpan Balik 360.
      // X = 40% Kompetensi (20·L + 10·M + 10·N)/40 + 25% Potensi + 20% Kualifikasi (10·P + 10·Q)/20 + 15% Integritas.
      const pts = predikatPoints(r("H").value);
      const v = ["I", "J", "K", "L", "M", "N", "O", "P", "Q", "R"].map((c) => pct(r(c)));
      if (pts === undefined || Number.isNaN(pts) || v.some((x) => x === undefined)) return undefined;
      const [ph, pt, ub, pk, pgk, pj, pot, tp, kb, im] = v as number[];
      if (v.some((x) => (x as number) < 0 || (x as number) > 100)) return undefined;
      const y = 0.6 * pts + 0.15 * ph + 0.15 * pt + 0.1 * ub;
      const kompetensi = (20 * pk + 10 * pgk + 10 * pj) / 40;
      const kualifikasi = (10 * tp + 10 * kb) / 20;
      const x = 0.4 * kompetensi + 0.25 * pot + 0.2 * kualifikasi + 0.15 * im;
      return box(level(y), level(x));
    },
  },
  {
    file: "kategori-unit-eselon1.xlsx",
    sheet: "Sheet1",
    headerRow: 1,
    firstRow: 2,
    lastRow: 501,
    preset: "kategori",
    expected: (r) => {
      const k = categoryLevel(r("E").value, "kinerja");
      const p = categoryLevel(r("F").value, "potensial");
      return k && p ? box(k, p) : undefined;
    },
  },
  {
    file: "skor-sumbu-fungsional.xlsx",
    sheet: "Hasil Pemetaan",
    headerRow: 4,
    firstRow: 5,
    lastRow: 304,
    preset: "skor-sumbu",
    expected: (r) => {
      const y = pct(r("G"));
      const x = pct(r("H"));
      if (y === undefined || x === undefined || y < 0 || y > 100 || x < 0 || x > 100) return undefined;
      return box(level(y), level(x));
    },
  },
  {
    file: "rich-workbook.xlsx",
    sheet: "Hasil Pemetaan",
    headerRow: 4,
    firstRow: 5,
    lastRow: -1, // read from the file: the last row with a NIP
    preset: "skor-sumbu",
    expected: (r) => FIXTURE_CASES[4].expected(r),
  },
  {
    file: "rich-workbook-libreoffice.xlsx",
    sheet: "Hasil Pemetaan",
    headerRow: 4,
    firstRow: 5,
    lastRow: -1,
    preset: "skor-sumbu",
    expected: (r) => FIXTURE_CASES[4].expected(r),
  },
];
