// The current holder of a key position (Pemangku Saat Ini), found by NIP, and when he or she retires.
import { addYears, bupDate } from "./age";
import type { KeyPosition, Person, TargetProfile } from "./types";

export interface Incumbent {
  nip: string;
  /** Undefined when no row has that NIP. */
  person?: Person;
  /** Pensiun date at the target's BUP, days since 1970-01-01. */
  bupDays?: number;
  /** Pensiun starts on or before today + 1 year; "unknown" without a birth date or a person. */
  bupWithinYear: boolean | "unknown";
}

/** Spaces, dots and a leading apostrophe are not part of a NIP (RULES §6). */
function normalizeNipText(text: string): string {
  return text.trim().replace(/^'/, "").replace(/[\s.]/g, "");
}

// "Within a year" counts from today, not from the placement date: it asks whether the seat falls vacant soon.
export function findIncumbent(
  position: KeyPosition,
  target: TargetProfile,
  people: readonly Person[],
  today: number,
): Incumbent | undefined {
  if (position.pemangkuNip === undefined || normalizeNipText(position.pemangkuNip) === "") return undefined;
  const nip = normalizeNipText(position.pemangkuNip);
  const person = people.find((p) => p.nip === nip && !p.nipStoredAsNumber);
  const birth = person?.birthDays;
  if (person === undefined || birth === undefined || !Number.isFinite(birth) || target.bupAge === undefined) {
    return { nip, person, bupWithinYear: "unknown" };
  }
  const bupDays = bupDate(birth, target.bupAge);
  return { nip, person, bupDays, bupWithinYear: bupDays <= addYears(today, 1) };
}
