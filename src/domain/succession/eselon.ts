// Eselon codes as written in SIMPEG exports (reference §7.3) and their pangkat ranges (PP 13/2002, reference §5.6).
import type { PangkatCode } from "./pangkat";

export interface Eselon {
  /** I..V as 1..5 */
  tingkat: 1 | 2 | 3 | 4 | 5;
  /** `a` or `b`; undefined when written without (`V`, `II`). */
  sub?: "a" | "b";
}

const TINGKAT: Record<string, Eselon["tingkat"]> = { I: 1, II: 2, III: 3, IV: 4, V: 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5 };

// `II.a`, `II.A`, `IIa`, `II/a`, `II-a`, `II a`, `Eselon II.b`, `V`. IV before V and I, III before II.
const ESELON_RE = /^(?:eselon\s*)?(IV|V|III|II|I|[1-5])(?:\s*[.\-/]?\s*([ab]))?$/i;

/** Undefined for non-structural values (`99`, `-`, `Non Eselon`) and anything unreadable. */
export function parseEselon(text: string | undefined): Eselon | undefined {
  if (text === undefined) return undefined;
  const m = ESELON_RE.exec(text.trim());
  if (!m) return undefined;
  const tingkat = TINGKAT[m[1].toUpperCase()];
  const sub = m[2]?.toLowerCase() as Eselon["sub"];
  return sub === undefined ? { tingkat } : { tingkat, sub };
}

const ROMAN = ["", "I", "II", "III", "IV", "V"];

/** `II.b` */
export function eselonLabel(e: Eselon): string {
  return e.sub === undefined ? ROMAN[e.tingkat] : `${ROMAN[e.tingkat]}.${e.sub}`;
}

/** PP 13/2002 lampiran: lowest and highest pangkat per eselon. Eselon V has only V.a. */
const RANGES: Record<string, { min: PangkatCode; max: PangkatCode }> = {
  "I.a": { min: 44, max: 45 },
  "I.b": { min: 43, max: 45 },
  "II.a": { min: 43, max: 44 },
  "II.b": { min: 42, max: 43 },
  "III.a": { min: 41, max: 42 },
  "III.b": { min: 34, max: 41 },
  "IV.a": { min: 33, max: 34 },
  "IV.b": { min: 32, max: 33 },
  "V.a": { min: 31, max: 32 },
};

/**
 * The pangkat range of an eselon. Written without a sub-level, an eselon takes the wider span of its two
 * sub-levels (`II` = IV/b–IV/d), so its floor is the lower one's: a requirement is never made stricter than
 * either reading of the cell.
 */
export function eselonPangkatRange(e: Eselon): { min: PangkatCode; max: PangkatCode } {
  if (e.tingkat === 5) return RANGES["V.a"];
  if (e.sub !== undefined) return RANGES[eselonLabel(e)];
  const a = RANGES[`${ROMAN[e.tingkat]}.a`];
  const b = RANGES[`${ROMAN[e.tingkat]}.b`];
  return { min: b.min, max: a.max };
}
