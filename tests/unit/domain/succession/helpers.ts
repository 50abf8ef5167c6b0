// Small builders for succession tests: dates as yyyy-mm-dd, people and positions with only what a test needs.
import { defaultSuccessionConfig, type SuccessionConfig } from "../../../../src/domain/succession/config";
import { parseIsoDate } from "../../../../src/domain/succession/dates";
import { candidateProfile, targetProfile } from "../../../../src/domain/succession/profile";
import type { CandidateProfile, KeyPosition, Person, RuleContext, TargetProfile } from "../../../../src/domain/succession/types";

export function day(iso: string): number {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
}

export function person(over: Partial<Person> = {}): Person {
  return { record: 0, nip: "197001012000011001", kotak: 9, ...over };
}

export function position(over: Partial<KeyPosition> = {}): KeyPosition {
  return { jabatanTarget: "Kepala Dinas", ...over };
}

export function config(over: Partial<SuccessionConfig> = {}): SuccessionConfig {
  return { ...defaultSuccessionConfig, ...over };
}

export function cand(over: Partial<Person> = {}): CandidateProfile {
  return candidateProfile(person(over));
}

export function target(over: Partial<KeyPosition> = {}, cfg: SuccessionConfig = config()): TargetProfile {
  return targetProfile(position(over), cfg);
}

/** Placement 2027-01-01 unless told. */
export function ctx(placement = "2027-01-01", cfg: SuccessionConfig = config()): RuleContext {
  return { config: cfg, placementDays: day(placement) };
}
