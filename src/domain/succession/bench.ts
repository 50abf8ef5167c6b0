// RULES §8 bench strength of a key position. "Candidates" are every pool member who passes every rule for the
// position, not only the top Jumlah Suksesor listed: a Siap Sekarang candidate ranked below the list still counts.
import type { BenchStrength } from "./types";

export type BenchReason =
  /** Merah: no candidate. */
  | "no-candidates"
  /** Merah: the incumbent reaches BUP within a year and no candidate is Siap Sekarang. */
  | "incumbent-bup-without-siap-sekarang"
  /** Hijau: at least Jumlah Suksesor candidates, one of them Siap Sekarang. */
  | "full-with-siap-sekarang"
  /** Kuning: candidates, but fewer than Jumlah Suksesor or none Siap Sekarang. */
  | "some-candidates";

export interface Bench {
  strength: BenchStrength;
  reason: BenchReason;
}

/** Counts over every eligible pool member of a position (RULES §8). */
export interface BenchCounts {
  /** Pool members who pass every rule. */
  candidates: number;
  /** Of them, how many are Siap Sekarang. */
  siapSekarang: number;
}

export function benchStrength(counts: BenchCounts, jumlahSuksesor: number, incumbentBupWithinYear: boolean): Bench {
  const siapSekarang = counts.siapSekarang > 0;
  if (counts.candidates === 0) return { strength: "merah", reason: "no-candidates" };
  if (incumbentBupWithinYear && !siapSekarang) {
    return { strength: "merah", reason: "incumbent-bup-without-siap-sekarang" };
  }
  if (counts.candidates >= jumlahSuksesor && siapSekarang) return { strength: "hijau", reason: "full-with-siap-sekarang" };
  return { strength: "kuning", reason: "some-candidates" };
}
