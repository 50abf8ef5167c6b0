// Jenjang jabatan (reference §7.3) and the step order of RULES §8: Pengawas → Administrator → JPT Pratama.
import { parseEselon, type Eselon } from "./eselon";

export type Jenjang =
  | "jpt-utama"
  | "jpt-madya"
  | "jpt-pratama"
  | "administrator"
  | "pengawas"
  | "pelaksana"
  | "ahli-utama"
  | "ahli-madya"
  | "ahli-muda"
  | "ahli-pertama"
  | "penyelia"
  | "mahir"
  | "terampil"
  | "pemula";

export const JENJANG_LABEL: Record<Jenjang, string> = {
  "jpt-utama": "JPT Utama",
  "jpt-madya": "JPT Madya",
  "jpt-pratama": "JPT Pratama",
  administrator: "Administrator",
  pengawas: "Pengawas",
  pelaksana: "Pelaksana",
  "ahli-utama": "Ahli Utama",
  "ahli-madya": "Ahli Madya",
  "ahli-muda": "Ahli Muda",
  "ahli-pertama": "Ahli Pertama",
  penyelia: "Penyelia",
  mahir: "Mahir",
  terampil: "Terampil",
  pemula: "Pemula",
};

/**
 * The rung of each jenjang on one ladder. A jabatan fungsional stands on the rung of the structural post it
 * is equivalent to (PP 17/2020 for JPT Pratama: "Administrator or JF Ahli Madya"; PermenPANRB 17/2021
 * penyetaraan: Administrator ≈ Ahli Madya, Pengawas ≈ Ahli Muda, below that Ahli Pertama and the
 * keterampilan levels ≈ Pelaksana); Ahli Utama stands beside JPT Madya (its selection asks for "JPT/Ahli Utama").
 */
export const JENJANG_STEP: Record<Jenjang, number> = {
  pelaksana: 1,
  "ahli-pertama": 1,
  penyelia: 1,
  mahir: 1,
  terampil: 1,
  pemula: 1,
  pengawas: 2,
  "ahli-muda": 2,
  administrator: 3,
  "ahli-madya": 3,
  "jpt-pratama": 4,
  "jpt-madya": 5,
  "ahli-utama": 5,
  "jpt-utama": 6,
};

// Ordered: JF levels before `pengawas`, because JF names such as "Pengawas Sekolah Ahli Madya" contain it.
const PATTERNS: [RegExp, Jenjang][] = [
  [/\b(jpt|pimpinan tinggi)\b.*\butama\b/, "jpt-utama"],
  [/\b(jpt|pimpinan tinggi)\b.*\bmadya\b/, "jpt-madya"],
  [/\b(jpt|pimpinan tinggi)\b.*\bpratama\b/, "jpt-pratama"],
  [/\bahli utama\b/, "ahli-utama"],
  [/\bahli madya\b/, "ahli-madya"],
  [/\bahli muda\b/, "ahli-muda"],
  [/\bahli pertama\b/, "ahli-pertama"],
  [/\bpenyelia\b/, "penyelia"],
  [/\bmahir\b/, "mahir"],
  [/\bterampil\b/, "terampil"],
  [/\bpemula\b/, "pemula"],
  [/\badministrator\b/, "administrator"],
  [/\bpengawas\b/, "pengawas"],
  [/\bpelaksana\b/, "pelaksana"],
];

/** `JPT Pratama`, `Jabatan Pimpinan Tinggi Pratama`, `Administrator`, `JF Ahli Madya` …; undefined for `Struktural`. */
export function parseJenjang(text: string | undefined): Jenjang | undefined {
  if (text === undefined) return undefined;
  const normalized = text.toLowerCase().replace(/[^a-z0-9]+/g, " ");
  return PATTERNS.find(([re]) => re.test(normalized))?.[1];
}

/**
 * Eselon I ≈ JPT Madya, II ≈ JPT Pratama, III ≈ Administrator, IV ≈ Pengawas (reference §7.3). Eselon V,
 * abolished, sat below Pengawas and is counted as Pelaksana.
 */
export function eselonJenjang(e: Eselon): Jenjang {
  const byTingkat: Record<Eselon["tingkat"], Jenjang> = {
    1: "jpt-madya",
    2: "jpt-pratama",
    3: "administrator",
    4: "pengawas",
    5: "pelaksana",
  };
  return byTingkat[e.tingkat];
}

/** RULES §8: a readable `Jenjang` / `Jenis Jabatan` value wins over the eselon. */
export function resolveJenjang(jenjangText: string | undefined, eselonText: string | undefined): Jenjang | undefined {
  const fromJenjang = parseJenjang(jenjangText);
  if (fromJenjang !== undefined) return fromJenjang;
  // An eselon typed into the jenjang column (`II.b`) still says the level.
  const eselon = parseEselon(eselonText) ?? parseEselon(jenjangText);
  return eselon === undefined ? undefined : eselonJenjang(eselon);
}
