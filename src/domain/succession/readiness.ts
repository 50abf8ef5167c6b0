// RULES §8 readiness of a pool member for one key position.
import type { SuccessionConfig } from "./config";
import { failsOnlyTimeBased, passesAll } from "./rules";
import type { Person, Readiness, RuleResult } from "./types";

// RULES §2: compare unrounded, with a tolerance, so that 0.5·80 + 0.5·80 counts as 80.
const TOLERANCE = 1e-9;

/** Box 9, or (box 7/8, i.e. any other pool box) with Nilai Talenta ≥ 80. */
export function isSiapSekarang(person: Person, config: SuccessionConfig): boolean {
  if (config.siapSekarangKotak.includes(person.kotak)) return true;
  const nt = person.nilaiTalenta;
  return nt !== undefined && Number.isFinite(nt) && nt >= config.siapSekarangMinNilaiTalenta - TOLERANCE;
}

/**
 * Siap Sekarang / Siap 1–2 Tahun for those who pass every rule; Belum Siap for those who fail only
 * time-based rules; undefined for everyone else (not ready for this position at all).
 */
export function readinessOf(person: Person, results: RuleResult[], config: SuccessionConfig): Readiness | undefined {
  if (passesAll(results)) return isSiapSekarang(person, config) ? "siap-sekarang" : "siap-1-2-tahun";
  return failsOnlyTimeBased(results) ? "belum-siap" : undefined;
}
