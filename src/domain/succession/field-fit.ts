// RULES §8 field fit ("sesuai bidang keilmuan"): does the candidate's field of study name the discipline of
// the position's Rumpun/Bidang?

export type FieldFit = "fits" | "unknown" | "does-not-fit";

export interface FieldFitResult {
  fit: FieldFit;
  /** The shared word, or the configured rumpun that matched. */
  matchedBy?: { word: string } | { table: string };
}

// Words of four letters or more that name no discipline: "Ilmu Hukum" and "Ilmu Pemerintahan" share only
// "ilmu", which is not the same discipline. Kept short on purpose; the configuration table covers the rest.
const GENERIC_WORDS = new Set(["ilmu", "studi", "bidang", "rumpun", "program", "jurusan", "sederajat", "lainnya"]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

function normalizePhrase(text: string): string {
  return words(text).join(" ");
}

/**
 * @param rumpun the position's Rumpun/Bidang
 * @param jurusan the candidate's Jurusan / Bidang Ilmu / Bidang Studi
 * @param bidangToRumpun configuration: field of study → the rumpun values it fits
 */
export function fieldFit(
  rumpun: string | undefined,
  jurusan: string | undefined,
  bidangToRumpun: Record<string, string[]>,
): FieldFitResult {
  const positionWords = rumpun === undefined ? [] : words(rumpun);
  const candidateWords = jurusan === undefined ? [] : words(jurusan);
  if (positionWords.length === 0 || candidateWords.length === 0) return { fit: "unknown" };

  const candidateSet = new Set(candidateWords);
  const word = positionWords.find((w) => w.length >= 4 && !GENERIC_WORDS.has(w) && candidateSet.has(w));
  if (word !== undefined) return { fit: "fits", matchedBy: { word } };

  const field = normalizePhrase(jurusan!);
  const position = normalizePhrase(rumpun!);
  for (const [bidang, rumpuns] of Object.entries(bidangToRumpun)) {
    if (normalizePhrase(bidang) !== field) continue;
    const hit = rumpuns.find((r) => normalizePhrase(r) === position);
    if (hit !== undefined) return { fit: "fits", matchedBy: { table: hit } };
  }
  return { fit: "does-not-fit" };
}
