// Cell value → field value. "No value" is not an issue (STYLE): `-`, `—`, `n/a`, empty and blanks become
// NaN / undefined here, and a rule that needs the value raises its own issue later. These functions return
// primitives (no object per cell) because they run once per cell of 100,000-row sheets.
import type { CellValue } from "../grid/types";

import * as noValue from "./no-value";

// Bound once: under CommonJS (tsx, vitest) every use of an imported name is a getter call, per cell here.
const { isNoValueText, trimmed } = noValue;

export { DATE1904_SHIFT, isDateFormat, parseDateCell, serialToDays } from "./cell-dates";
export { isBlank, isNoValue } from "./no-value";

/** A number format that displays a percentage: `0%`, `0.00%`; a quoted or escaped `%` does not count. */
export function isPercentFormat(format: string | undefined): boolean {
  if (format === undefined || format.indexOf("%") < 0) return false;
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

// Digits with one kind of separator used once, or thousands groups of three with an optional decimal part.
const PLAIN = /^[+-]?(\d+[.,]?|\d*[.,]\d+)$/;
const DOT_GROUPS = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const COMMA_GROUPS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const EXPONENT = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

/** Digits with at most one `.` or `,` and an optional sign, read without a regular expression (hot path). */
function simpleNumber(t: string): number {
  let sep = -1;
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c === 44 || c === 46) && sep < 0) sep = i;
    else if (!((c === 43 || c === 45) && i === 0)) return NaN;
  }
  if (digits === 0) return NaN;
  return Number(sep >= 0 && t.charCodeAt(sep) === 44 ? `${t.slice(0, sep)}.${t.slice(sep + 1)}` : t);
}

/**
 * A number written as text. A single separator is the decimal one, comma or dot (`78,5` and `85.5`;
 * RULES §4), because the values read here are scores where `1.234` as one thousand is far less likely than a
 * decimal. Two or more separators are thousands groups (`1.234.567`, `1.234,5`, `1,234.5`). NaN when unreadable.
 */
export function parseNumberText(text: string): number {
  const fast = simpleNumber(text);
  if (!Number.isNaN(fast)) return fast;
  const t = text.replace(/[\s\u00a0\u202f]+/g, "");
  if (PLAIN.test(t)) return Number(t.replace(",", "."));
  if (DOT_GROUPS.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  if (COMMA_GROUPS.test(t)) return Number(t.replace(/,/g, ""));
  if (EXPONENT.test(t)) return Number(t);
  return NaN;
}

/**
 * A number field's cell. NaN = no value; `undefined` = a value that is not a number (the caller raises
 * `not-a-number`). Percent-formatted numbers are ×100 (`0.8125` shown `81.25%` means 81.25, RULES §4), and
 * so is the fraction behind a text ending in `%` (`"81,25%"` → 81.25).
 */
export function parseNumberCell(value: CellValue, format: string | undefined): number | undefined {
  return numberFromCell(value, typeof value === "number" && isPercentFormat(format));
}

/** parseNumberCell with the percent format already decided (the column reader caches it). */
export function numberFromCell(value: CellValue, percentFormat: boolean): number | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    return percentFormat ? value * 100 : value;
  }
  if (value === null) return NaN;
  if (typeof value === "boolean") return undefined;
  const t = trimmed(value);
  if (isNoValueText(t)) return NaN;
  const n = parseNumberText(t.endsWith("%") ? t.slice(0, -1) : t);
  return Number.isNaN(n) ? undefined : n;
}

/** A text field's cell: trimmed text, numbers as their digits; undefined = no value. */
export function parseTextCell(value: CellValue): string | undefined {
  if (value === null) return undefined;
  if (typeof value === "string") {
    const t = trimmed(value);
    return isNoValueText(t) ? undefined : t;
  }
  if (typeof value === "number") return Number.isFinite(value) ? numberDigits(value) : undefined;
  return value ? "TRUE" : "FALSE";
}

/** The digits Excel shows for a number: 1.97508062006012e17 → "197508062006012000" (never "1.975e+17"). */
export function numberDigits(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString();
  return String(value);
}

/**
 * Excel keeps 15 significant digits, so a NIP typed as a number of 16 digits or more has lost its tail
 * (reference §7.1). Shorter numbers (old 9-digit NIPs) are exact and not flagged here.
 */
export function nipLostDigits(value: CellValue): boolean {
  return typeof value === "number" && Math.abs(value) >= 1e15;
}

/**
 * A NIP cell as text (RULES §6): spaces, dots and a leading apostrophe removed; a number gives its digits.
 * Undefined = no value. Validity (18 digits, dates) is the domain's business.
 */
export function parseNipCell(value: CellValue): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? numberDigits(value) : undefined;
  if (typeof value !== "string") return undefined;
  if (allDigits(value)) return value;
  const v = trimmed(value);
  if (isNoValueText(v)) return undefined;
  const t = v.replace(/^['\u2018\u2019`]/, "").replace(/[\s\u00a0\u202f.]+/g, "");
  return t === "" ? undefined : t;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
