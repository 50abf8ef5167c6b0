// RULES §6: a pool member whose NIP cannot identify them is left out of succession tables, with why.
import type { IssueCode } from "../issues";
import type { Person } from "./types";

export type ExclusionCode = Extract<IssueCode, "nip-missing" | "nip-invalid" | "nip-duplicate" | "nip-stored-as-number">;

export interface ExcludedPerson {
  person: Person;
  reasons: ExclusionCode[];
}

export function exclusionReasons(p: Person): ExclusionCode[] {
  const reasons: ExclusionCode[] = [];
  if (p.nipStoredAsNumber) reasons.push("nip-stored-as-number");
  if (p.nipInvalid) reasons.push("nip-invalid");
  if (p.nipDuplicate) reasons.push("nip-duplicate");
  if (reasons.length === 0 && (p.nip === undefined || p.nip === "")) reasons.push("nip-missing");
  return reasons;
}
