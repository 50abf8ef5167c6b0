// Axis levels → kotak 1..9, the official category and recommendation texts, and the talent pool.
import type { Kotak, Level } from "./classification";

export interface Cuts {
  mid: number;
  high: number;
}

/** RULES §2: compare the unrounded score with a 1e-9 tolerance, so that 0.6·80 + 0.4·80 counts as 80. */
export const LEVEL_TOLERANCE = 1e-9;

/** 3 when score ≥ high, 2 when score ≥ mid, else 1; 0 when the score is not a number. */
export function levelOf(score: number, cuts: Cuts): Level {
  if (Number.isNaN(score)) return 0;
  if (score >= cuts.high - LEVEL_TOLERANCE) return 3;
  if (score >= cuts.mid - LEVEL_TOLERANCE) return 2;
  return 1;
}

/** levelOf over a column of scores. */
export function levelsOf(scores: Float64Array, cuts: Cuts): Uint8Array {
  const levels = new Uint8Array(scores.length);
  levelsAbove(scores, cuts.high - LEVEL_TOLERANCE, cuts.mid - LEVEL_TOLERANCE, levels);
  return levels;
}

// The row loop takes no object made per run (the configuration's cuts): those die at the next GC, and a loop
// compiled for them would be compiled again on every run.
function levelsAbove(scores: Float64Array, high: number, mid: number, levels: Uint8Array): void {
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    // NaN fails every comparison and keeps level 0.
    levels[i] = s >= high ? 3 : s >= mid ? 2 : s === s ? 1 : 0;
  }
}

// RULES §1, PermenPANRB 3/2020 numbering: KOTAK_BY_LEVELS[kinerja - 1][potensial - 1].
const KOTAK_BY_LEVELS: readonly (readonly Kotak[])[] = [
  [1, 3, 6], // kinerja Di Bawah Ekspektasi
  [2, 5, 8], // kinerja Sesuai Ekspektasi
  [4, 7, 9], // kinerja Di Atas Ekspektasi
];

/** Kotak 1..9 from the two levels; 0 when either level is not determined. */
export function kotakOf(kinerjaLevel: Level, potensialLevel: Level): Kotak {
  if (kinerjaLevel === 0 || potensialLevel === 0) return 0;
  return KOTAK_BY_LEVELS[kinerjaLevel - 1][potensialLevel - 1];
}

/** The levels that make a kotak (inverse of kotakOf). */
export function levelsOfKotak(kotak: Exclude<Kotak, 0>): { kinerja: Level; potensial: Level } {
  for (let k = 0; k < 3; k++) {
    const p = KOTAK_BY_LEVELS[k].indexOf(kotak);
    if (p >= 0) return { kinerja: (k + 1) as Level, potensial: (p + 1) as Level };
  }
  throw new RangeError(`kotak ${kotak} is not 1..9`);
}

export interface Bilingual {
  id: string;
  en: string;
}

export interface KotakInfo {
  kategori: Bilingual;
  /** Items of the recommendation, in the official order. */
  rekomendasi: { id: readonly string[]; en: readonly string[] };
}

// Reference §1.2, exact Indonesian texts (PermenPANRB 3/2020); English for the English interface.
export const KOTAK_INFO: Readonly<Record<Exclude<Kotak, 0>, KotakInfo>> = {
  1: {
    kategori: {
      id: "Kinerja di bawah ekspektasi dan potensial rendah",
      en: "Performance below expectations and low potential",
    },
    rekomendasi: {
      id: ["Diproses sesuai ketentuan peraturan perundangan"],
      en: ["Handled according to the laws and regulations"],
    },
  },
  2: {
    kategori: {
      id: "Kinerja sesuai ekspektasi dan potensial rendah",
      en: "Performance meets expectations and low potential",
    },
    rekomendasi: {
      id: ["Bimbingan kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"],
      en: ["Performance coaching", "Competency development", "Suitable placement"],
    },
  },
  3: {
    kategori: {
      id: "Kinerja di bawah ekspektasi dan potensial menengah",
      en: "Performance below expectations and medium potential",
    },
    rekomendasi: {
      id: ["Bimbingan kinerja", "Konseling kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"],
      en: ["Performance coaching", "Performance counselling", "Competency development", "Suitable placement"],
    },
  },
  4: {
    kategori: {
      id: "Kinerja di atas ekspektasi dan potensial rendah",
      en: "Performance above expectations and low potential",
    },
    rekomendasi: {
      id: ["Rotasi", "Pengembangan kompetensi"],
      en: ["Rotation", "Competency development"],
    },
  },
  5: {
    kategori: {
      id: "Kinerja sesuai ekspektasi dan potensial menengah",
      en: "Performance meets expectations and medium potential",
    },
    rekomendasi: {
      id: ["Penempatan yang sesuai", "Bimbingan kinerja", "Pengembangan kompetensi"],
      en: ["Suitable placement", "Performance coaching", "Competency development"],
    },
  },
  6: {
    kategori: {
      id: "Kinerja di bawah ekspektasi dan potensial tinggi",
      en: "Performance below expectations and high potential",
    },
    rekomendasi: {
      id: ["Penempatan yang sesuai", "Bimbingan kinerja", "Konseling kinerja"],
      en: ["Suitable placement", "Performance coaching", "Performance counselling"],
    },
  },
  7: {
    kategori: {
      id: "Kinerja di atas ekspektasi dan potensial menengah",
      en: "Performance above expectations and medium potential",
    },
    rekomendasi: {
      id: [
        "Dipertahankan",
        "Masuk Kelompok Rencana Suksesi Instansi",
        "Rotasi/Pengayaan jabatan",
        "Pengembangan kompetensi",
        "Tugas belajar",
      ],
      en: [
        "Retained",
        "Enters the agency succession group",
        "Rotation/job enrichment",
        "Competency development",
        "Study assignment",
      ],
    },
  },
  8: {
    kategori: {
      id: "Kinerja sesuai ekspektasi dan potensial tinggi",
      en: "Performance meets expectations and high potential",
    },
    rekomendasi: {
      id: [
        "Dipertahankan",
        "Masuk Kelompok Rencana Suksesi Instansi",
        "Rotasi/Perluasan jabatan",
        "Bimbingan kinerja",
      ],
      en: ["Retained", "Enters the agency succession group", "Rotation/job enlargement", "Performance coaching"],
    },
  },
  9: {
    kategori: {
      id: "Kinerja di atas ekspektasi dan potensial tinggi",
      en: "Performance above expectations and high potential",
    },
    rekomendasi: {
      id: ["Dipromosikan dan dipertahankan", "Masuk Kelompok Rencana Suksesi Instansi/Nasional", "Penghargaan"],
      en: ["Promoted and retained", "Enters the agency/national succession group", "Recognition award"],
    },
  },
};

export type Pool = "nasional" | "instansi";

export interface PoolBoxes {
  instansi: readonly number[];
  nasional: readonly number[];
}

/** RULES §1: Instansi = boxes 7, 8, 9; Nasional = box 9; a box in both is Nasional. */
export function poolOf(kotak: Kotak, config: { pool: PoolBoxes }): Pool | undefined {
  if (kotak === 0) return undefined;
  if (config.pool.nasional.includes(kotak)) return "nasional";
  if (config.pool.instansi.includes(kotak)) return "instansi";
  return undefined;
}

export const POOL_LABELS: Readonly<Record<Pool, Bilingual>> = {
  instansi: { id: "Kelompok Rencana Suksesi Instansi", en: "Agency succession group" },
  nasional: { id: "Kelompok Rencana Suksesi Nasional", en: "National succession group" },
};
