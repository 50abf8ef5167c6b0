// What a column holds, from its cells: 18-digit NIPs, predikat labels, category labels, numbers or text.
// Used when a header is ambiguous (`Pendidikan`, `Kinerja`, `NAMA / NIP`) or says nothing (reference §8.2:
// real headers are often unhelpful; the content is not).
import { kinerjaLevelOfLabel, parsePredikat, potensialLevelOfLabel } from "../domain/labels";
import type { CellValue } from "../grid/types";
import { parseNipCell, parseNumberCell } from "./cells";
import { isNoValue } from "./no-value";
import type { ContentClass } from "./synonyms";

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
  // The label variants of RULES §1 and §3 live in domain/labels.ts, once.
  const text = String(value);
  const predikat = parsePredikat(text);
  if (predikat !== undefined && predikat !== "unknown") {
    p.predikat++;
    return;
  }
  const kinerja = typeof kinerjaLevelOfLabel(text) === "number";
  const potensial = typeof potensialLevelOfLabel(text) === "number";
  // low/medium/high name a level on either axis (reference §1.1: the ministry export uses them on both).
  if (kinerja && potensial) p.kategoriEither++;
  else if (kinerja) p.kategoriKinerja++;
  else if (potensial) p.kategoriPotensial++;
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
