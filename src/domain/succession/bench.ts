// RULES §8 bench strength of a key position.
import type { BenchStrength, Readiness } from "./types";

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

export function benchStrength(
  candidates: readonly { readiness: Readiness }[],
  jumlahSuksesor: number,
  incumbentBupWithinYear: boolean,
): Bench {
  const siapSekarang = candidates.some((c) => c.readiness === "siap-sekarang");
  if (candidates.length === 0) return { strength: "merah", reason: "no-candidates" };
  if (incumbentBupWithinYear && !siapSekarang) {
    return { strength: "merah", reason: "incumbent-bup-without-siap-sekarang" };
  }
  if (candidates.length >= jumlahSuksesor && siapSekarang) return { strength: "hijau", reason: "full-with-siap-sekarang" };
  return { strength: "kuning", reason: "some-candidates" };
}
