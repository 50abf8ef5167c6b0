// An independent, deliberately plain reading of RULES.md used to check the engine on the fixtures.
// It shares no code with src/domain or src/sheet: if both agree, both read the rules the same way.
import type { CellValue } from "../../src/grid/types";

export const CUT_HIGH = 80;
export const CUT_MID = 60;

/** RULES §2 with the 1e-9 tolerance. */
export function level(score: number): 1 | 2 | 3 {
  if (score >= CUT_HIGH - 1e-9) return 3;
  if (score >= CUT_MID - 1e-9) return 2;
  return 1;
}

/** RULES §1 table: rows kinerja (1 = Di Bawah), columns potensial (1 = Rendah). */
export function box(kinerja: 1 | 2 | 3, potensial: 1 | 2 | 3): number {
  return [
    [1, 3, 6],
    [2, 5, 8],
    [4, 7, 9],
  ][kinerja - 1][potensial - 1];
}

const norm = (v: CellValue): string => String(v ?? "").trim().toLowerCase().replace(/\s+/g, " ");

export function isBlank(v: CellValue): boolean {
  const s = norm(v);
  return s === "" || s === "-" || s === "—" || s === "n/a";
}

/** RULES §3: SB 100, B 80, BP 60, K 40, SK 20; undefined when blank; NaN when unknown. */
export function predikatPoints(v: CellValue): number | undefined {
  if (isBlank(v)) return undefined;
  const table: Record<string, number> = {
    "sangat baik": 100,
    baik: 80,
    "butuh perbaikan": 60,
    "sedang/butuh perbaikan": 60,
    cukup: 60,
    kurang: 40,
    "kurang/misconduct": 40,
    "sangat kurang": 20,
  };
  return table[norm(v)] ?? NaN;
}

/** RULES §3 categorical: SB → Di Atas; B → Sesuai; BP, K, SK → Di Bawah. */
export function predikatLevel(v: CellValue): 1 | 2 | 3 | undefined {
  const p = predikatPoints(v);
  if (p === undefined || Number.isNaN(p)) return undefined;
  return p === 100 ? 3 : p === 80 ? 2 : 1;
}

/** Numbers as RULES §4 reads them: "78,5" → 78.5; percent-formatted fractions → ×100. */
export function num(v: CellValue, percent = false): number | undefined {
  if (isBlank(v)) return undefined;
  const n = typeof v === "number" ? v : Number(String(v).trim().replace(",", "."));
  if (Number.isNaN(n)) return undefined;
  return percent ? n * 100 : n;
}

/** RULES §1 label variants for the categorical preset. */
export function categoryLevel(v: CellValue, axis: "kinerja" | "potensial"): 1 | 2 | 3 | undefined {
  const s = norm(v).replace(/ ekspektasi$/, "");
  const k: Record<string, 1 | 2 | 3> = {
    "di atas": 3, diatas: 3, atas: 3, high: 3, tinggi: 3,
    sesuai: 2, medium: 2, menengah: 2, sedang: 2,
    "di bawah": 1, dibawah: 1, bawah: 1, low: 1, rendah: 1,
  };
  void axis;
  return k[s];
}
