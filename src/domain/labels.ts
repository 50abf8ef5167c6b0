// Labels seen in real sheets → the values the rules use (RULES §1, §3; reference §1.1, §2.1).
// Variants are tables, looked up after `labelKey`, so case and spacing never matter.
import type { Kotak, Level } from "./classification";

export type Predikat = "sangatBaik" | "baik" | "butuhPerbaikan" | "kurang" | "sangatKurang";

export const PREDIKAT_ORDER: readonly Predikat[] = ["sangatBaik", "baik", "butuhPerbaikan", "kurang", "sangatKurang"];

/** Lower case, every space removed: "Di Atas  Ekspektasi " and "Diatas Ekspektasi" give the same key. */
export function labelKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "");
}

const NO_VALUE_KEYS = new Set(["", "-", "—", "–", "n/a", "na", "#n/a"]);

/** RULES §3: `-`, `—`, `n/a` and empty are no value. */
export function isNoValue(text: string | undefined | null): boolean {
  if (text === undefined || text === null) return true;
  // Every no-value key is at most 4 characters once spaces go; longer texts with few spaces cannot be one.
  if (text.length > 12) return false;
  return NO_VALUE_KEYS.has(labelKey(text));
}

const PREDIKAT_VARIANTS: Readonly<Record<string, Predikat>> = {
  sangatbaik: "sangatBaik",
  baik: "baik",
  butuhperbaikan: "butuhPerbaikan",
  "sedang/butuhperbaikan": "butuhPerbaikan",
  cukup: "butuhPerbaikan",
  kurang: "kurang",
  "kurang/misconduct": "kurang",
  sangatkurang: "sangatKurang",
};

/** RULES §3 predikat with its variants; undefined for no value; "unknown" for any other text. */
export function parsePredikat(text: string | undefined): Predikat | "unknown" | undefined {
  if (text === undefined || isNoValue(text)) return undefined;
  return PREDIKAT_VARIANTS[labelKey(text)] ?? "unknown";
}

export type PredikatTable<T> = Readonly<Record<Predikat, T>>;

/** RULES §3 (BKN 411/2025): SB 100, B 80, BP 60, K 40, SK 20. */
export const DEFAULT_PREDIKAT_POINTS: PredikatTable<number> = {
  sangatBaik: 100,
  baik: 80,
  butuhPerbaikan: 60,
  kurang: 40,
  sangatKurang: 20,
};

/** RULES §3 (categorical models): SB → Di Atas; B → Sesuai; BP, K, SK → Di Bawah. */
export const DEFAULT_PREDIKAT_LEVELS: PredikatTable<1 | 2 | 3> = {
  sangatBaik: 3,
  baik: 2,
  butuhPerbaikan: 1,
  kurang: 1,
  sangatKurang: 1,
};

const LEVEL_WORDS_ANY_AXIS: Readonly<Record<string, 1 | 2 | 3>> = {
  low: 1,
  medium: 2,
  high: 3,
};

const KINERJA_LEVEL_WORDS: Readonly<Record<string, 1 | 2 | 3>> = {
  ...LEVEL_WORDS_ANY_AXIS,
  dibawahekspektasi: 1,
  dibawah: 1,
  bawah: 1,
  sesuaiekspektasi: 2,
  sesuai: 2,
  diatasekspektasi: 3,
  diatas: 3,
  atas: 3,
};

const POTENSIAL_LEVEL_WORDS: Readonly<Record<string, 1 | 2 | 3>> = {
  ...LEVEL_WORDS_ANY_AXIS,
  rendah: 1,
  menengah: 2,
  sedang: 2,
  tinggi: 3,
};

function levelFromWords(text: string | undefined, words: Readonly<Record<string, 1 | 2 | 3>>, prefix: string) {
  if (text === undefined || isNoValue(text)) return undefined;
  let key = labelKey(text);
  // "Kinerja Di Atas Ekspektasi", "potensial rendah" (reference §1.1)
  if (key.startsWith(prefix) && key.length > prefix.length) key = key.slice(prefix.length);
  return words[key] ?? "unknown";
}

/** RULES §1 kinerja category label → level 1..3; undefined for no value; "unknown" otherwise. */
export function kinerjaLevelOfLabel(text: string | undefined): Exclude<Level, 0> | "unknown" | undefined {
  return levelFromWords(text, KINERJA_LEVEL_WORDS, "kinerja");
}

/** RULES §1 potensial category label → level 1..3; undefined for no value; "unknown" otherwise. */
export function potensialLevelOfLabel(text: string | undefined): Exclude<Level, 0> | "unknown" | undefined {
  return levelFromWords(text, POTENSIAL_LEVEL_WORDS, "potensial");
}

const ROMAN_KOTAK: Readonly<Record<string, Exclude<Kotak, 0>>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
};

/** A box as written in a sheet: `9`, `IX`, `Kotak 9`, `Kuadran IX` → 9; undefined for no value; "unknown" otherwise. */
export function kotakOfLabel(text: string | number | undefined): Exclude<Kotak, 0> | "unknown" | undefined {
  if (typeof text === "number") return Number.isInteger(text) && text >= 1 && text <= 9 ? (text as Kotak as Exclude<Kotak, 0>) : "unknown";
  if (text === undefined || isNoValue(text)) return undefined;
  const key = labelKey(text).replace(/^(kotak|kuadran|box)/, "");
  if (/^[1-9]$/.test(key)) return Number(key) as Exclude<Kotak, 0>;
  return ROMAN_KOTAK[key] ?? "unknown";
}
