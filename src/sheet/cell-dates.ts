// Dates → days since 1970-01-01 (UTC), the unit of the table's date columns (domain/table.ts).
// Real sheets hold Excel serials with a date format, and text: `01 Agustus 2025`, `1-Apr-23`, `2023-04-01`,
// `01/04/2023` (day first, as Indonesian sheets write it), `01 April 2024/ Pembina Tk.I` (reference §8.3).
import type { CellValue } from "../grid/types";
import * as noValue from "./no-value";

// Bound once: under CommonJS (tsx, vitest) every use of an imported name is a getter call, per cell here.
const { isNoValue } = noValue;

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

// Serial 25569 is 1970-01-01 in Excel's 1900 date system; serial 60 is the 29 February 1900 that never was.
const EPOCH_SERIAL = 25569;
/** What a 1904-system serial is short of the 1900-system serial of the same date (1904-01-01 is 0 against 1462). */
export const DATE1904_SHIFT = 1462;
const MAX_SERIAL = 2958465; // 9999-12-31

/** A number format that displays a date: it has d, m or y outside quotes, escapes and [..] sections. */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").split(";")[0];
  return /[dmy]/i.test(bare) && !/[0#?]/.test(bare.replace(/[dmyhs]+/gi, ""));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days since 1970-01-01 of a calendar date, NaN when it never was (31 April); no Date object (hot path). */
function daysFromYmd(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return NaN;
  if (d > (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1])) return NaN;
  // H. Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n; // Excel's two-digit-year window
}

/** Days since 1970-01-01 for an Excel serial (1900 system); time of day dropped. */
export function serialToDays(serial: number): number {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return NaN;
  const whole = Math.floor(serial);
  return whole < 60 ? whole - EPOCH_SERIAL + 1 : whole - EPOCH_SERIAL;
}

const END = "(?=$|[^0-9a-z])";
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${END}`, "i");
const DMY = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})${END}`, "i");
const D_MONTH_Y = new RegExp(`^(\\d{1,2})[\\s.-]*([a-z]+)\\.?[\\s.,-]*(\\d{4}|\\d{2})${END}`, "i");

/**
 * The all-digit forms (`01/04/2023`, `1-4-23`, `2023-04-01`) read without a regular expression, because a
 * date column of 100,000 texts is common. NaN when the text is not one of them.
 */
function numericDate(t: string): number {
  // Three digit groups in locals, not arrays: this runs once per cell.
  let a = 0;
  let b = 0;
  let y = 0;
  let wa = 0;
  let wb = 0;
  let wy = 0;
  let part = 0;
  let i = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const d = c - 48;
      if (part === 0) {
        a = a * 10 + d;
        wa++;
      } else if (part === 1) {
        b = b * 10 + d;
        wb++;
      } else {
        y = y * 10 + d;
        wy++;
      }
    } else if ((c === 47 || c === 45 || c === 46) && part < 2 && (part === 0 ? wa : wb) > 0) part++;
    else break;
  }
  if (part < 2 || wy === 0) return NaN;
  if (i < t.length) {
    const c = t.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return NaN; // "01/04/2023abc" is no date
  }
  if (wa === 4 && wb <= 2 && wy <= 2) return daysFromYmd(a, b, y);
  if (wa > 2 || wb > 2 || (wy !== 2 && wy !== 4)) return NaN;
  return daysFromYmd(wy === 2 ? (y < 30 ? 2000 + y : 1900 + y) : y, b, a);
}

function parseDateText(text: string): number {
  const t = text.trim();
  const fast = numericDate(t);
  if (!Number.isNaN(fast)) return fast;
  let m = ISO.exec(t);
  if (m) return daysFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(t);
  if (m) return daysFromYmd(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = D_MONTH_Y.exec(t);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    return month === undefined ? NaN : daysFromYmd(fullYear(m[3]), month, Number(m[1]));
  }
  // "Padang, 12-05-1975" (tempat, tanggal lahir): the date is after the last comma.
  const comma = t.lastIndexOf(",");
  return comma > 0 && comma < t.length - 1 ? parseDateText(t.slice(comma + 1)) : NaN;
}

/**
 * A date field's cell → days since 1970-01-01. NaN = no value; `undefined` = unreadable (the caller raises
 * `invalid-date`). A number is a serial (plus `serialShift`: DATE1904_SHIFT in a 1904-system workbook); a number
 * that reads as yyyymmdd (19750806) is that date.
 */
export function parseDateCell(value: CellValue, serialShift = 0): number | undefined {
  if (value === null) return NaN;
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 10000101 && value <= 99991231) {
      const days = daysFromYmd(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
      return Number.isNaN(days) ? undefined : days;
    }
    const days = serialToDays(value + serialShift);
    return Number.isNaN(days) ? undefined : days;
  }
  if (typeof value === "boolean") return undefined;
  if (isNoValue(value)) return NaN;
  const days = parseDateText(value);
  return Number.isNaN(days) ? undefined : days;
}
