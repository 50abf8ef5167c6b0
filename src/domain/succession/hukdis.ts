// Hukuman disiplin as written in a sheet: a tingkat (`Ringan`, `Sedang`, `Berat`), the name of the
// penalty (PP 94/2021, or PP 53/2010 for older records), or a "none" word.

export type HukdisReading = "none" | "ringan" | "sedang" | "berat" | "unrecognized";

const NONE = /^(|-+|—|–|0|n ?a|nihil|none|no|tidak|tidak ada|tidak pernah|belum pernah|tanpa hukuman|bebas|tidak ada hukuman( disiplin)?)$/;

// Checked in this order: the heaviest word found decides.
const TINGKAT: [RegExp, Exclude<HukdisReading, "none" | "unrecognized">][] = [
  [/\bberat\b|\bpemberhentian\b|\bdiberhentikan\b|\bpenurunan jabatan\b|\bpembebasan (dari )?jabatan\b|\bdibebaskan dari jabatan\b/, "berat"],
  [/\bsedang\b|\bpemotongan tunjangan\b|\bpenundaan kenaikan\b|\bpenurunan pangkat\b/, "sedang"],
  [/\bringan\b|\bteguran\b|\bpernyataan tidak puas\b/, "ringan"],
];

/** `Tidak ada hukuman` is none; `Ya` or `Pernah` say a penalty exists without its tingkat: unrecognized. */
export function parseHukdis(text: string | undefined): HukdisReading {
  if (text === undefined) return "none";
  const normalized = text.toLowerCase().replace(/[^a-z0-9—–-]+/g, " ").trim().replace(/\s+/g, " ");
  if (NONE.test(normalized)) return "none";
  const words = normalized.replace(/[—–-]+/g, " ");
  for (const [re, tingkat] of TINGKAT) if (re.test(words)) return tingkat;
  return "unrecognized";
}
