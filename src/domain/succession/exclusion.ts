// RULES §6: a NIP stored as a number has lost its last digits, so the pool member is left out of succession
// tables, with why. A duplicate, invalid or missing NIP is only flagged: every copy is classified, and a pool
// member who passes every rule of RULES §8 is a candidate whatever the NIP.
import type { IssueCode } from "../issues";
import type { Person } from "./types";

/** The NIP flags a pool member can carry (RULES §6), in the order they are shown. */
export type NipFlag = Extract<IssueCode, "nip-stored-as-number" | "nip-invalid" | "nip-duplicate" | "nip-missing">;

/** The one flag that leaves a pool member out of succession tables. */
export type ExclusionCode = Extract<NipFlag, "nip-stored-as-number">;

export interface ExcludedPerson {
  person: Person;
  reasons: ExclusionCode[];
}

/** Every NIP flag of the person; empty for a valid, unique NIP. */
export function nipFlags(p: Person): NipFlag[] {
  const flags: NipFlag[] = [];
  if (p.nipStoredAsNumber) flags.push("nip-stored-as-number");
  if (p.nipInvalid) flags.push("nip-invalid");
  if (p.nipDuplicate) flags.push("nip-duplicate");
  if (flags.length === 0 && (p.nip === undefined || p.nip === "")) flags.push("nip-missing");
  return flags;
}

/** Why the person is left out of succession tables; empty when they are not. */
export function exclusionReasons(p: Person): ExclusionCode[] {
  return p.nipStoredAsNumber ? ["nip-stored-as-number"] : [];
}
