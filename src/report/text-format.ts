// Numbers and dates written inside texts (cells holding numbers use number formats instead).
import type { Lang } from "../domain/glossary";
import { calendarDateText } from "../domain/date-words";

export { calendarDateText } from "../domain/date-words";

const two = (n: number) => String(n).padStart(2, "0");

/** A Date (the run's local calendar day) → "12 Maret 2025". */
export function dateText(at: Date, lang: Lang): string {
  return calendarDateText(at.getFullYear(), at.getMonth() + 1, at.getDate(), lang);
}

/** "12 Maret 2025 pukul 10.30" / "12 March 2025 at 10:30", in the machine's local time (the user's clock). */
export function readableDateTime(at: Date, lang: Lang): string {
  const date = dateText(at, lang);
  return lang === "id"
    ? `${date} pukul ${two(at.getHours())}.${two(at.getMinutes())}`
    : `${date} at ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** One decimal, decimal comma in Indonesian: 0.25 → "25,0%". */
export function percentText(fraction: number, lang: Lang): string {
  const s = (fraction * 100).toFixed(1);
  return `${lang === "id" ? s.replace(".", ",") : s}%`;
}

/** Boxes as "7, 8, 9". */
export function listText(items: readonly (string | number)[]): string {
  return items.join(", ");
}

/** `{name}` placeholders filled from `vars`; an unknown name stays as written. */
export function fillPlaceholders(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
