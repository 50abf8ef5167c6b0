// RULES §8 field fit ("sesuai bidang keilmuan"): does the candidate's field of study name the discipline of
// the position's Rumpun/Bidang? A word of four letters or more shared by both, case and punctuation ignored,
// or the configuration's field → rumpun table. RULES has no list of words that do not count: "Ilmu Hukum" and
// "Ilmu Pemerintahan" share "ilmu" and fit; a user who disagrees words the Rumpun/Bidang without it.

export type FieldFit = "fits" | "unknown" | "does-not-fit";

export interface FieldFitResult {
  fit: FieldFit;
  /** The shared word, or the configured rumpun that matched. */
  matchedBy?: { word: string } | { table: string };
}

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
  const word = positionWords.find((w) => w.length >= 4 && candidateSet.has(w));
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
