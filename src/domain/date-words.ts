// Calendar dates in words, Indonesian and English ("1 Agustus 2027"): the one month table every message, sheet and
// summary uses.
import type { Lang } from "./field-labels";
import { fromDays } from "./succession/dates";

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** Year, month 1..12, day → "12 Maret 2025". */
export function calendarDateText(year: number, month: number, day: number, lang: Lang): string {
  return `${day} ${MONTHS[lang][month - 1]} ${year}`;
}

/** Days since 1970-01-01 → "1 Januari 2027". */
export function dayText(days: number, lang: Lang): string {
  const { year, month, day } = fromDays(days);
  return calendarDateText(year, month, day, lang);
}
