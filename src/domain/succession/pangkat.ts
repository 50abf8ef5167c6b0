// Pangkat and golongan/ruang (reference §7.2). Every spelling becomes the SIMPEG code 11..45, whose order is
// the order of seniority, so codes compare directly.

export type PangkatCode = 11 | 12 | 13 | 14 | 21 | 22 | 23 | 24 | 31 | 32 | 33 | 34 | 41 | 42 | 43 | 44 | 45;

interface PangkatRow {
  code: PangkatCode;
  golongan: string;
  nama: string;
}

export const PANGKAT_TABLE: readonly PangkatRow[] = [
  { code: 11, golongan: "I/a", nama: "Juru Muda" },
  { code: 12, golongan: "I/b", nama: "Juru Muda Tingkat I" },
  { code: 13, golongan: "I/c", nama: "Juru" },
  { code: 14, golongan: "I/d", nama: "Juru Tingkat I" },
  { code: 21, golongan: "II/a", nama: "Pengatur Muda" },
  { code: 22, golongan: "II/b", nama: "Pengatur Muda Tingkat I" },
  { code: 23, golongan: "II/c", nama: "Pengatur" },
  { code: 24, golongan: "II/d", nama: "Pengatur Tingkat I" },
  { code: 31, golongan: "III/a", nama: "Penata Muda" },
  { code: 32, golongan: "III/b", nama: "Penata Muda Tingkat I" },
  { code: 33, golongan: "III/c", nama: "Penata" },
  { code: 34, golongan: "III/d", nama: "Penata Tingkat I" },
  { code: 41, golongan: "IV/a", nama: "Pembina" },
  { code: 42, golongan: "IV/b", nama: "Pembina Tingkat I" },
  { code: 43, golongan: "IV/c", nama: "Pembina Utama Muda" },
  { code: 44, golongan: "IV/d", nama: "Pembina Utama Madya" },
  { code: 45, golongan: "IV/e", nama: "Pembina Utama" },
];

const BY_CODE = new Map<number, PangkatRow>(PANGKAT_TABLE.map((r) => [r.code, r]));
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

// `IV/b`, `IV.b`, `IV b`, `IVb`, `iv-b`; arabic `4/b` only with a slash. Not preceded or followed by a letter,
// so the `I` of `Tk. I` or of a word never starts a golongan.
const GOLONGAN_RE = /(?<![A-Za-z])(?:(IV|III|II|I)\s*[/.\-]?\s*|([1-4])\s*\/\s*)([a-e])(?![A-Za-z])/i;

// Longest names first: `Pembina Utama Muda` must not be read as `Pembina Utama` or `Pembina`.
const NAMES = PANGKAT_TABLE.map((r) => ({ code: r.code, key: ` ${r.nama.toLowerCase()} ` })).sort(
  (a, b) => b.key.length - a.key.length,
);

function normalizeNama(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\btk\b/g, "tingkat")
    .replace(/\btingkat 1\b/g, "tingkat i");
  return ` ${words.trim().replace(/\s+/g, " ")} `;
}

export function golonganCode(text: string): PangkatCode | undefined {
  const m = GOLONGAN_RE.exec(text);
  if (!m) return undefined;
  const roman = ROMAN[(m[1] ?? m[2]).toUpperCase()];
  const ruang = m[3].toLowerCase().charCodeAt(0) - 96;
  return BY_CODE.get(roman * 10 + ruang)?.code;
}

export function namaCode(text: string): PangkatCode | undefined {
  const normalized = normalizeNama(text);
  return NAMES.find((n) => normalized.includes(n.key))?.code;
}

export interface ParsedPangkat {
  code: PangkatCode;
  /** Both a pangkat name and a golongan were written and they name different ranks; the golongan was used. */
  conflict?: { namaCode: PangkatCode };
}

/**
 * Reads a pangkat cell: a SIMPEG code (`42`), a golongan (`IV/b`), a name (`Pembina Tk.I`) or both
 * (`Pembina Tk. I, IV b`). When name and golongan disagree the golongan wins: it is the formal part of the
 * grade and the one HR systems export, while names lose their `Tingkat I` in hand typing. The conflict is
 * returned so that it can be flagged.
 */
export function parsePangkat(text: string | number | undefined): ParsedPangkat | undefined {
  if (text === undefined) return undefined;
  const raw = String(text).trim();
  if (/^\d{2}$/.test(raw)) {
    const row = BY_CODE.get(Number(raw));
    return row ? { code: row.code } : undefined;
  }
  const fromGolongan = golonganCode(raw);
  const fromNama = namaCode(raw);
  if (fromGolongan === undefined) return fromNama === undefined ? undefined : { code: fromNama };
  if (fromNama !== undefined && fromNama !== fromGolongan) return { code: fromGolongan, conflict: { namaCode: fromNama } };
  return { code: fromGolongan };
}

export function pangkatCode(text: string | number | undefined): PangkatCode | undefined {
  return parsePangkat(text)?.code;
}

/** `IV/b` */
export function golonganLabel(code: PangkatCode): string {
  return BY_CODE.get(code)!.golongan;
}

/** `Pembina Tingkat I` */
export function pangkatNama(code: PangkatCode): string {
  return BY_CODE.get(code)!.nama;
}

/** `Pembina Tingkat I (IV/b)`, the form signature blocks use (reference §8.4). */
export function pangkatLabel(code: PangkatCode): string {
  return `${pangkatNama(code)} (${golonganLabel(code)})`;
}
