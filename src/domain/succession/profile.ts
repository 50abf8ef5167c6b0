// Reads a person's and a key position's cells once, before the rules run against every pair.
import { bupAge } from "./age";
import type { SuccessionConfig } from "./config";
import { eselonPangkatRange, parseEselon } from "./eselon";
import { resolveJenjang, type Jenjang } from "./jenjang";
import { pangkatCode, parsePangkat, type PangkatCode } from "./pangkat";
import { parsePendidikan } from "./pendidikan";
import type { CandidateProfile, KeyPosition, Person, TargetProfile } from "./types";

export function candidateProfile(person: Person): CandidateProfile {
  return {
    person,
    jenjang: resolveJenjang(person.jenjang, person.eselon),
    pangkat: pangkatCode(person.pangkat),
    pendidikan: parsePendidikan(person.pendidikan),
  };
}

/**
 * When a key position has no Pangkat Minimal and no eselon, the lowest eselon of its jenjang gives the
 * floor (reference §5.6: JPT Pratama ≈ II.b IV/b, Administrator ≈ III.b III/d, Pengawas ≈ IV.b III/b).
 */
const JENJANG_PANGKAT_FLOOR: Partial<Record<Jenjang, PangkatCode>> = {
  "jpt-utama": 44,
  "jpt-madya": 43,
  "jpt-pratama": 42,
  administrator: 34,
  pengawas: 32,
};

function blank(text: string | undefined): boolean {
  return text === undefined || /^\s*(-+|—|n\/?a)?\s*$/i.test(text);
}

function pangkatMinimum(position: KeyPosition, jenjang: Jenjang | undefined): Pick<TargetProfile, "pangkatMinimum" | "pangkatMinimumSource"> {
  if (!blank(position.pangkatMinimal)) {
    const parsed = parsePangkat(position.pangkatMinimal);
    return parsed === undefined
      ? { pangkatMinimumSource: "unreadable" }
      : { pangkatMinimum: parsed.code, pangkatMinimumSource: "pangkat-minimal" };
  }
  const eselon = parseEselon(position.eselon);
  if (eselon !== undefined) return { pangkatMinimum: eselonPangkatRange(eselon).min, pangkatMinimumSource: "eselon" };
  const floor = jenjang === undefined ? undefined : JENJANG_PANGKAT_FLOOR[jenjang];
  return floor === undefined ? { pangkatMinimumSource: "none" } : { pangkatMinimum: floor, pangkatMinimumSource: "jenjang" };
}

/**
 * RULES §8 gives Pangkat Minimal a fallback (the eselon's range) but none to Pendidikan Minimal: a position
 * whose Pendidikan Minimal is empty asks for no education level.
 */
function pendidikanMinimum(position: KeyPosition): Pick<TargetProfile, "pendidikanMinimum" | "pendidikanMinimumSource"> {
  if (blank(position.pendidikanMinimal)) return { pendidikanMinimumSource: "none" };
  const parsed = parsePendidikan(position.pendidikanMinimal);
  return parsed === undefined
    ? { pendidikanMinimumSource: "unreadable" }
    : { pendidikanMinimum: parsed, pendidikanMinimumSource: "pendidikan-minimal" };
}

export function targetProfile(position: KeyPosition, config: SuccessionConfig): TargetProfile {
  const jenjang = resolveJenjang(position.jenjang, position.eselon);
  return {
    position,
    jenjang,
    ...pangkatMinimum(position, jenjang),
    ...pendidikanMinimum(position),
    bupAge: jenjang === undefined ? undefined : bupAge(jenjang, config.bup),
  };
}

/**
 * Two targets with the same key give everyone the same rule results, so the rules run once per key rather
 * than once per position. The key holds every target field a rule reads, raw texts included where a
 * reason quotes them.
 */
export function targetRuleKey(t: TargetProfile): string {
  const p = t.position;
  return [
    t.jenjang ?? `?${p.jenjang ?? ""}/${p.eselon ?? ""}`,
    t.pangkatMinimumSource === "unreadable" ? `?${p.pangkatMinimal}` : `${t.pangkatMinimum}:${t.pangkatMinimumSource}`,
    t.pendidikanMinimumSource === "unreadable"
      ? `?${p.pendidikanMinimal}`
      : `${t.pendidikanMinimum}:${t.pendidikanMinimumSource}`,
    t.bupAge,
  ].join("|");
}
