// What a column holds, from its cells: 18-digit NIPs, predikat labels, category labels, numbers or text.
// Used when a header is ambiguous (`Pendidikan`, `Kinerja`, `NAMA / NIP`) or says nothing (reference §8.2:
// real headers are often unhelpful; the content is not).
import type { CellValue } from "../grid/types";
import { parseNipCell, parseNumberCell } from "./cells";
import { isNoValue } from "./no-value";
import { normaliseHeader } from "./normalise";
import type { ContentClass } from "./synonyms";

// Label variants of RULES §1 and §3 (reference §1.1, §2.1), normalised. Only to recognise a column;
// domain/ maps them to levels and points.
const PREDIKAT = new Set([
  "sangat baik", "baik", "butuh perbaikan", "kurang", "sangat kurang", "kurang misconduct", "misconduct",
  "sedang butuh perbaikan", "cukup",
]);
const KATEGORI_KINERJA = new Set([
  "di atas ekspektasi", "diatas ekspektasi", "sesuai ekspektasi", "di bawah ekspektasi", "dibawah ekspektasi",
  "di atas", "diatas", "di bawah", "dibawah", "atas", "bawah", "sesuai", "kinerja di atas ekspektasi",
  "kinerja sesuai ekspektasi", "kinerja di bawah ekspektasi",
]);
const KATEGORI_POTENSIAL = new Set([
  "rendah", "menengah", "sedang", "tinggi", "potensial rendah", "potensial menengah", "potensial tinggi",
]);
// Used for either axis (reference §1.1: the ministry export writes low/medium/high on both).
const KATEGORI_EITHER = new Set(["low", "medium", "high"]);

export interface ColumnProfile {
  nonEmpty: number;
  nip: number;
  number: number;
  /** Numbers within 0–100 (a score). */
  score: number;
  predikat: number;
  kategoriKinerja: number;
  kategoriPotensial: number;
  kategoriEither: number;
}

function emptyProfile(): ColumnProfile {
  return { nonEmpty: 0, nip: 0, number: 0, score: 0, predikat: 0, kategoriKinerja: 0, kategoriPotensial: 0, kategoriEither: 0 };
}

/** Adds one cell to a profile. */
export function profileCell(p: ColumnProfile, value: CellValue, format: string | undefined): void {
  if (isNoValue(value) || typeof value === "boolean") return;
  p.nonEmpty++;
  if (typeof value === "number" && value >= 1e17 && value < 1e18) {
    p.nip++; // an 18-digit NIP typed as a number
    return;
  }
  if (typeof value === "string") {
    const nip = parseNipCell(value);
    if (nip !== undefined && /^\d{18}$/.test(nip)) {
      p.nip++;
      return;
    }
  }
  const n = parseNumberCell(value, format);
  if (n !== undefined && !Number.isNaN(n)) {
    p.number++;
    if (n >= 0 && n <= 100) p.score++;
    return;
  }
  const label = normaliseHeader(String(value));
  if (PREDIKAT.has(label)) p.predikat++;
  else if (KATEGORI_KINERJA.has(label)) p.kategoriKinerja++;
  else if (KATEGORI_POTENSIAL.has(label)) p.kategoriPotensial++;
  else if (KATEGORI_EITHER.has(label)) p.kategoriEither++;
}

/** Profile of one column over a range of grid rows (grid coordinates). */
export function profileColumn(
  values: CellValue[][],
  formats: string[][],
  col: number,
  fromRow: number,
  toRow: number,
): ColumnProfile {
  const p = emptyProfile();
  for (let r = fromRow; r <= toRow; r++) profileCell(p, values[r]?.[col] ?? null, formats[r]?.[col]);
  return p;
}

/** How many of the non-empty cells must agree before the content decides. */
export const CONTENT_SHARE = 0.8;

function share(count: number, p: ColumnProfile): number {
  return p.nonEmpty === 0 ? 0 : count / p.nonEmpty;
}

/** Share of cells fitting each content class (a category column may mix its own labels with low/medium/high). */
export function classShares(p: ColumnProfile): Record<ContentClass, number> {
  const text = p.nonEmpty - p.number - p.nip;
  return {
    nip: share(p.nip, p),
    predikat: share(p.predikat, p),
    kategoriKinerja: p.kategoriPotensial > 0 ? 0 : share(p.kategoriKinerja + p.kategoriEither, p),
    kategoriPotensial: p.kategoriKinerja > 0 ? 0 : share(p.kategoriPotensial + p.kategoriEither, p),
    score: share(p.score, p),
    number: share(p.number, p),
    text: share(text, p),
  };
}

/**
 * The one class among `allowed` that at least CONTENT_SHARE of the non-empty cells fit; undefined when none
 * does or when two do (only low/medium/high: either axis).
 */
export function decideContent(p: ColumnProfile, allowed: ContentClass[]): { cls: ContentClass; share: number } | undefined {
  const shares = classShares(p);
  const fits = allowed.filter((c) => shares[c] >= CONTENT_SHARE);
  // Labels are text too: the most specific class wins over plain text.
  const specific = fits.filter((c) => c !== "text");
  const pick = specific.length > 0 ? specific : fits;
  if (pick.length !== 1) return undefined;
  return { cls: pick[0], share: shares[pick[0]] };
}
