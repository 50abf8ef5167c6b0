// Tingkat pendidikan, ordered SLTA < D-III < D-IV = S1 < S2 < S3 (RULES §8), with the lower levels of
// reference §7.2 (SD, SLTP, D-I, D-II) so that every real cell has a place.

export type Pendidikan = "sd" | "sltp" | "slta" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3";

/** Comparable rank; D-IV and S1 share one. */
export const PENDIDIKAN_RANK: Record<Pendidikan, number> = {
  sd: 1,
  sltp: 2,
  slta: 3,
  d1: 4,
  d2: 5,
  d3: 6,
  d4: 7,
  s1: 7,
  s2: 8,
  s3: 9,
};

export const PENDIDIKAN_LABEL: Record<Pendidikan, string> = {
  sd: "SD",
  sltp: "SLTP",
  slta: "SLTA",
  d1: "D-I",
  d2: "D-II",
  d3: "D-III",
  d4: "D-IV",
  s1: "S1",
  s2: "S2",
  s3: "S3",
};

// Phrases, tried on the whole normalized cell before single words.
const PHRASES: [RegExp, Pendidikan][] = [
  [/\bSARJANA TERAPAN\b/, "d4"],
  [/\bPASCA ?SARJANA\b/, "s2"],
  [/\bSEKOLAH DASAR\b/, "sd"],
  [/\bSEKOLAH MENENGAH (PERTAMA|TINGKAT PERTAMA)\b/, "sltp"],
  [/\bSEKOLAH MENENGAH (ATAS|KEJURUAN|TINGKAT ATAS)\b/, "slta"],
];

// `DR` is not here: `Dr.` (doktor) and `dr.` (dokter, a profesi after S1) differ only by case, which hand
// typing does not keep; such a cell stays unread rather than guessed. A profesi (dokter, apoteker, ners)
// follows an S1, so it counts as S1. `MA` is left out too: it is also the title M.A.
const WORDS: Record<string, Pendidikan> = {
  SD: "sd",
  SR: "sd",
  MI: "sd",
  SMP: "sltp",
  SLTP: "sltp",
  MTS: "sltp",
  SMA: "slta",
  SMU: "slta",
  SMK: "slta",
  SLTA: "slta",
  STM: "slta",
  SMEA: "slta",
  MAN: "slta",
  D1: "d1",
  DI: "d1",
  D2: "d2",
  DII: "d2",
  D3: "d3",
  DIII: "d3",
  D4: "d4",
  DIV: "d4",
  S1: "s1",
  SARJANA: "s1",
  PROFESI: "s1",
  DOKTER: "s1",
  APOTEKER: "s1",
  NERS: "s1",
  S2: "s2",
  MAGISTER: "s2",
  MASTER: "s2",
  SPESIALIS: "s2",
  S3: "s3",
  DOKTOR: "s3",
  DOKTORAL: "s3",
};

function normalize(text: string): string {
  return (
    text
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, " ")
      // `D-III`, `D 3`, `Diploma III`, `S-1`, `Strata 1` → `DIII`, `D3`, `S1`
      .replace(/\b(?:D|DIPLOMA) ?(IV|III|II|I|[1-4])\b/g, "D$1")
      .replace(/\b(?:S|STRATA) ?([1-3])\b/g, "S$1")
      // Roman only when spaced (`S-II`, `Strata II`): a bare `SI` is the `Si` of titles such as `M.Si`.
      .replace(/\b(?:S|STRATA) (III|II|I)\b/g, (_, n: string) => `S${n.length}`)
      .trim()
  );
}

/** `SMA`, `SLTA/sederajat`, `D3`, `D-III`, `DIII`, `D4`, `S-1`, `Sarjana`, `Magister`, `S2`, `Doktor`, `S3` … */
export function parsePendidikan(text: string | undefined): Pendidikan | undefined {
  if (text === undefined) return undefined;
  const normalized = normalize(text);
  if (normalized === "") return undefined;
  for (const [re, level] of PHRASES) if (re.test(normalized)) return level;
  for (const word of normalized.split(" ")) if (WORDS[word] !== undefined) return WORDS[word];
  return undefined;
}

export function pendidikanRank(level: Pendidikan): number {
  return PENDIDIKAN_RANK[level];
}
