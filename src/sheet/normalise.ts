// Header text → comparable tokens. Case, punctuation, diacritics and spacing never decide a match
// (RULES §6: real sheets write `Pangkat/Gol. Ruang`, `PANGKAT / GOL RUANG`, `Pangkat Gol Ruang`).

const YEAR = /^(19|20)\d\d$/;
// Words that only announce a year: "Predikat Kinerja Tahun 2024".
const YEAR_WORDS = new Set(["tahun", "th", "thn", "tahunan"]);

/** Lower case, diacritics dropped, `&` read as `dan`, every non-alphanumeric run → one space, trimmed. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Text with parenthesised and bracketed parts removed: "Nilai Rekam Jejak (40%)" → "Nilai Rekam Jejak". */
export function withoutParentheses(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ");
}

export interface HeaderWords {
  /** Normalised tokens with the year (and a word like "tahun" announcing it) removed. */
  tokens: string[];
  year?: number;
}

/** Splits a header into normalised tokens and the year it names, if any. */
export function headerWords(text: string): HeaderWords {
  const all = normaliseHeader(text).split(" ").filter((t) => t !== "");
  const yearToken = all.find((t) => YEAR.test(t));
  if (yearToken === undefined) return { tokens: all };
  return { tokens: all.filter((t) => !YEAR.test(t) && !YEAR_WORDS.has(t)), year: Number(yearToken) };
}

/** A year written alone in a header cell: 2023, "2023", "Tahun 2023", "TA 2023". */
export function yearOnly(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1900 && value <= 2099 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const { tokens, year } = headerWords(value);
  if (year === undefined) return undefined;
  return tokens.every((t) => t === "ta" || t === "periode") ? year : undefined;
}

/**
 * Levenshtein distance, or `max + 1` as soon as it must exceed `max` (headers are short and most
 * comparisons are hopeless, so the early exit is what keeps fuzzy matching cheap).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], max + 1);
}
