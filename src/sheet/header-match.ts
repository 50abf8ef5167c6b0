// One header text → the key its synonym table names, with how sure we are. Generic over the key so that
// other tables (the `Jabatan Target` sheet) reuse it with their own synonyms.
import { boundedEditDistance, headerWords, withoutParentheses } from "./normalise";

export type MatchVia = "header" | "fuzzy";

export interface HeaderMatch<K extends string> {
  /** Undefined for a known header that is no input (`No`, `Keterangan`), or when two keys tie. */
  key?: K;
  /** True when the text is a header word at all (a key, an "other" header, or a tie between keys). */
  known: boolean;
  year?: number;
  via: MatchVia;
  /** 1 exact; 0.95 exact once parentheses are dropped; 0.6–0.9 contained or fuzzy. */
  confidence: number;
  /** Keys that tied (fuzzy or contained); the caller may let the content decide. */
  ambiguous?: K[];
}

interface Entry<K> {
  key?: K;
  tokens: string[];
  joined: string;
}

export interface SynonymIndex<K extends string> {
  exact: Map<string, Entry<K>>;
  entries: Entry<K>[];
  cache: Map<string, HeaderMatch<K> | undefined>;
}

const NO_OTHER: string[] = [];
const indexes = new WeakMap<object, WeakMap<string[], SynonymIndex<string>>>();

/** Builds (once per table object) the lookup structures for a synonym table; `other` are headers that map to no key. */
export function compileSynonyms<K extends string>(
  synonyms: Record<K, string[]>,
  other: string[] = NO_OTHER,
): SynonymIndex<K> {
  let byOther = indexes.get(synonyms);
  if (!byOther) indexes.set(synonyms, (byOther = new WeakMap()));
  const cached = byOther.get(other);
  if (cached) return cached as SynonymIndex<K>;
  const exact = new Map<string, Entry<K>>();
  const entries: Entry<K>[] = [];
  const add = (key: K | undefined, text: string) => {
    const tokens = headerWords(text).tokens;
    const joined = tokens.join(" ");
    if (joined === "" || exact.has(joined)) return;
    const entry = { key, tokens, joined };
    exact.set(joined, entry);
    entries.push(entry);
  };
  for (const key of Object.keys(synonyms) as K[]) for (const s of synonyms[key]) add(key, s);
  for (const s of other) add(undefined, s);
  const index: SynonymIndex<K> = { exact, entries, cache: new Map() };
  byOther.set(other, index as unknown as SynonymIndex<string>);
  return index;
}

// A typo budget that grows with length: short words must be exact ("Gol" is not "Nol").
function typoBudget(length: number): number {
  if (length < 5) return 0;
  return length < 14 ? 1 : 2;
}

function containsRun(tokens: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

function fromEntry<K extends string>(e: Entry<K>, via: MatchVia, confidence: number, year?: number): HeaderMatch<K> {
  return { key: e.key, known: true, via, confidence, ...(year !== undefined ? { year } : {}) };
}

function bestOf<K extends string>(
  found: { entry: Entry<K>; rank: number }[],
  via: MatchVia,
  confidence: (rank: number) => number,
  year: number | undefined,
): HeaderMatch<K> | undefined {
  if (found.length === 0) return undefined;
  const best = Math.min(...found.map((f) => f.rank));
  const top = found.filter((f) => f.rank === best);
  const keys = [...new Set(top.map((f) => f.entry.key).filter((k): k is K => k !== undefined))];
  if (keys.length > 1) {
    return { known: true, via, confidence: 0, ambiguous: keys, ...(year !== undefined ? { year } : {}) };
  }
  return fromEntry(top[0].entry, via, confidence(best), year);
}

function matchUncached<K extends string>(text: string, index: SynonymIndex<K>): HeaderMatch<K> | undefined {
  const full = headerWords(text);
  const bare = headerWords(withoutParentheses(text));
  const year = full.year ?? bare.year;
  const fullJoined = full.tokens.join(" ");
  const bareJoined = bare.tokens.join(" ");
  if (fullJoined === "" && bareJoined === "") return undefined;

  const exact = index.exact.get(fullJoined);
  if (exact) return fromEntry(exact, "header", 1, year);
  const exactBare = index.exact.get(bareJoined);
  if (exactBare) return fromEntry(exactBare, "header", 0.95, year);

  // Contained: "Total Nilai Potensial Akhir" holds "Nilai Potensial". Only runs of two words or more, so that
  // a title such as "Instansi: Pemerintah Provinsi …" does not become a column; the longest run wins.
  const contained = index.entries
    .filter((e) => e.key !== undefined && e.tokens.length >= 2 && containsRun(bare.tokens, e.tokens))
    .map((e) => ({ entry: e, rank: -e.joined.length }));
  const inside = bestOf(contained, "header", (rank) => 0.6 + (0.3 * -rank) / Math.max(bareJoined.length, 1), year);
  if (inside) return inside;

  // Fuzzy: small typos on the whole text without spaces ("Jabatn", "UnitKerja", "Nilai Asessment").
  if (bareJoined.length > 40) return undefined;
  const squeezed = bare.tokens.join("");
  const fuzzy: { entry: Entry<K>; rank: number }[] = [];
  for (const e of index.entries) {
    const target = e.tokens.join("");
    const budget = typoBudget(Math.max(squeezed.length, target.length));
    if (budget === 0 && squeezed !== target) continue;
    const d = boundedEditDistance(squeezed, target, budget);
    if (d <= budget) fuzzy.push({ entry: e, rank: d });
  }
  return bestOf(fuzzy, "fuzzy", (rank) => (rank === 0 ? 0.9 : Math.max(0.5, 0.85 - 0.1 * rank)), year);
}

/** Matches one header text against a compiled synonym table; undefined when it is no header word. */
export function matchHeader<K extends string>(text: string, index: SynonymIndex<K>): HeaderMatch<K> | undefined {
  if (index.cache.has(text)) return index.cache.get(text);
  const m = matchUncached(text, index);
  if (index.cache.size < 50_000) index.cache.set(text, m);
  return m;
}
