// Calendar dates as whole days since 1970-01-01 (UTC), the form table.ts uses for date columns.
// Succession compares calendar dates only, so every computation goes through year/month/day.

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

// Civil-calendar arithmetic (H. Hinnant's days_from_civil / civil_from_days): exact for the proleptic
// Gregorian calendar and free of Date objects, which this module calls once per rule per candidate.
export function toDays(year: number, month: number, day: number): number {
  // Normalise an out-of-range month (13 → January next year), as Date.UTC does.
  const monthIndex = year * 12 + (month - 1);
  const y0 = Math.floor(monthIndex / 12);
  const m = monthIndex - y0 * 12 + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDays(days: number): CalendarDate {
  const z = Math.floor(days) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The caller's calendar day ("today" as the user sees it), whatever the time of day. */
export function todayDays(today: Date): number {
  return toDays(today.getFullYear(), today.getMonth() + 1, today.getDate());
}

/** `yyyy-mm-dd` of a real calendar date, else undefined. */
export function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = toDays(year, month, day);
  const back = fromDays(days);
  return back.year === year && back.month === month && back.day === day ? days : undefined;
}

export function toIsoDate(days: number): string {
  const { year, month, day } = fromDays(days);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The same day `months` later. A day the target month lacks becomes its last day
 * (29 Feb + 12 months = 28 Feb), so a period never spills into the next month.
 */
export function addMonths(days: number, months: number): number {
  const { year, month, day } = fromDays(days);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const lastDay = fromDays(toDays(y, m + 1, 1) - 1).day;
  return toDays(y, m, Math.min(day, lastDay));
}

/** Whole months from `from` to `to` (negative when `to` is earlier), counting a month only once it is complete. */
export function wholeMonthsBetween(from: number, to: number): number {
  if (to < from) return 0 - wholeMonthsBetween(to, from); // 0 - 0 is +0, unlike -0
  const a = fromDays(from);
  const b = fromDays(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}
