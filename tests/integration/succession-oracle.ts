// An independent, plain reading of RULES §8 for talenta-jpt-bkn411.xlsx: which pool members are candidates
// for each key position, and in which order. It reads the fixture's cells itself and shares no code with
// src/domain/succession (only the grid-level helpers of oracle.ts for RULES §1–§3).
import type { CellValue, Grid } from "../../src/grid/types";
import { box, level, predikatPoints } from "./oracle";

export interface OraclePerson {
  nip: string;
  nama: string;
  kotak: number;
  nilaiTalenta: number;
  /** 4 JPT Pratama, 3 Administrator, 2 Pengawas (from the eselon: RULES §8). */
  rung: number;
  pangkat: number;
  pendidikan: number;
  birth: [number, number, number];
  hukdis: string;
  jurusan: string;
  tmtJabatan: number;
}

export interface OraclePosition {
  name: string;
  rung: number;
  eselon: string;
  pangkatMinimal: number;
  pendidikanMinimal: number;
  rumpun: string;
  jumlah: number;
}

const str = (v: CellValue) => String(v ?? "").trim();

/** `IV/b` → 42 (roman × 10 + letter): the order of seniority. */
export function golongan(text: string): number {
  const m = /^(IV|III|II|I)\/([a-e])$/.exec(text.trim());
  if (!m) throw new Error(`oracle cannot read pangkat "${text}"`);
  return { I: 1, II: 2, III: 3, IV: 4 }[m[1] as "I"] * 10 + (m[2].charCodeAt(0) - 96);
}

/** RULES §8: SLTA < D-III < D-IV = S1 < S2 < S3. */
export function pendidikan(text: string): number {
  const order: Record<string, number> = { SLTA: 1, "D-III": 2, "D-IV": 3, S1: 3, S2: 4, S3: 5 };
  const rank = order[text.trim()];
  if (rank === undefined) throw new Error(`oracle cannot read pendidikan "${text}"`);
  return rank;
}

/** RULES §8: II.a/II.b JPT Pratama, III.a/III.b Administrator, IV.a/IV.b Pengawas. */
export function rungOfEselon(eselon: string): number {
  return { II: 4, III: 3, IV: 2 }[eselon.split(".")[0] as "II"];
}

/** Reference §5.6 (PP 13/2002): lower bound of each eselon's pangkat range. */
export const ESELON_FLOOR: Record<string, number> = { "II.a": 43, "II.b": 42, "III.a": 41, "III.b": 34, "IV.a": 33, "IV.b": 32 };

export function readPeople(grid: Grid): OraclePerson[] {
  const header = grid.values[2].map(str);
  const col = (name: string) => {
    const c = header.indexOf(name);
    if (c < 0) throw new Error(`no column ${name}`);
    return c;
  };
  const out: OraclePerson[] = [];
  for (let r = 3; r < grid.values.length; r++) {
    const row = grid.values[r];
    const n = (name: string) => Number(row[col(name)]);
    if (str(row[col("NIP")]) === "") continue;
    const y = 0.6 * predikatPoints(row[col("Predikat Kinerja 2025")])! + 0.15 * n("Penghargaan") + 0.15 * n("Penugasan Tim Kerja") + 0.1 * n("Umpan Balik 360");
    const kompetensi = (20 * n("Penilaian Kompetensi") + 10 * n("Pengembangan Kompetensi") + 10 * n("Pengalaman Jabatan")) / 40;
    const kualifikasi = (10 * n("Tingkat Pendidikan") + 10 * n("Kesesuaian Bidang Ilmu")) / 20;
    const x = 0.4 * kompetensi + 0.25 * n("Potensi") + 0.2 * kualifikasi + 0.15 * n("Integritas dan Moralitas");
    const nip = str(row[col("NIP")]);
    out.push({
      nip,
      nama: str(row[col("Nama")]),
      kotak: box(level(y), level(x)),
      nilaiTalenta: 0.5 * x + 0.5 * y,
      rung: rungOfEselon(str(row[col("Eselon")])),
      pangkat: golongan(str(row[col("Gol")])),
      pendidikan: pendidikan(str(row[col("Pendidikan")])),
      birth: [Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8))],
      hukdis: str(row[col("Hukuman Disiplin")]).toLowerCase(),
      jurusan: str(row[col("Jurusan")]),
      tmtJabatan: n("TMT Jabatan"),
    });
  }
  return out;
}

export function readPositions(grid: Grid, defaultJumlah: number): OraclePosition[] {
  return grid.values.slice(1).filter((r) => str(r[0]) !== "").map((r) => {
    const eselon = str(r[2]);
    const jenjang = str(r[1]);
    return {
      name: str(r[0]),
      rung: jenjang === "JPT Pratama" ? 4 : jenjang === "Administrator" ? 3 : 2,
      eselon,
      pangkatMinimal: str(r[4]) === "" ? ESELON_FLOOR[eselon] : golongan(str(r[4])),
      pendidikanMinimal: pendidikan(str(r[5])),
      rumpun: str(r[6]),
      jumlah: str(r[8]) === "" ? defaultJumlah : Number(r[8]),
    };
  });
}

/** Age in whole years on a date. */
function age(birth: [number, number, number], on: [number, number, number]): number {
  const before = on[1] < birth[1] || (on[1] === birth[1] && on[2] < birth[2]);
  return on[0] - birth[0] - (before ? 1 : 0);
}

/** Pensiun starts the first day of the month after the month the BUP age is reached, as yyyymmdd. */
function pensiun(birth: [number, number, number], bup: number): number {
  const y = birth[0] + bup + (birth[1] === 12 ? 1 : 0);
  const m = birth[1] === 12 ? 1 : birth[1] + 1;
  return y * 10000 + m * 100 + 1;
}

const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().split(" ").filter(Boolean);

export function fits(rumpun: string, jurusan: string): boolean {
  const theirs = new Set(words(jurusan));
  return words(rumpun).some((w) => w.length >= 4 && theirs.has(w));
}

/** The RULES §8 checks one by one; an empty list means eligible. */
export function failures(p: OraclePerson, t: OraclePosition, placement: [number, number, number]): string[] {
  const out: string[] = [];
  if (p.pangkat < t.pangkatMinimal) out.push("pangkat");
  if (p.pendidikan < t.pendidikanMinimal) out.push("pendidikan");
  if (!(p.rung === t.rung || p.rung === t.rung - 1)) out.push("jenjang");
  if (t.rung === 4 && age(p.birth, placement) > 56) out.push("usia");
  const bup = t.rung === 4 ? 60 : 58;
  if (pensiun(p.birth, bup) < (placement[0] + 2) * 10000 + placement[1] * 100 + placement[2]) out.push("bup");
  // No date column in this fixture: a sedang/berat penalty counts as within 2 years (fails closed).
  if (p.hukdis === "sedang" || p.hukdis === "berat") out.push("hukdis");
  return out;
}

/** The candidates of a position in RULES §8 order, cut to its Jumlah Suksesor. */
export function candidates(people: OraclePerson[], t: OraclePosition, placement: [number, number, number]): OraclePerson[] {
  const fitRank = (p: OraclePerson) => (fits(t.rumpun, p.jurusan) ? 0 : 2);
  return people
    .filter((p) => [7, 8, 9].includes(p.kotak) && p.rung <= t.rung && failures(p, t, placement).length === 0)
    .sort(
      (a, b) =>
        fitRank(a) - fitRank(b) ||
        b.kotak - a.kotak ||
        b.nilaiTalenta - a.nilaiTalenta ||
        b.pangkat - a.pangkat ||
        a.tmtJabatan - b.tmtJabatan,
    )
    .slice(0, t.jumlah);
}

export function readiness(p: OraclePerson): "Siap Sekarang" | "Siap 1–2 Tahun" {
  return p.kotak === 9 || p.nilaiTalenta >= 80 - 1e-9 ? "Siap Sekarang" : "Siap 1–2 Tahun";
}
