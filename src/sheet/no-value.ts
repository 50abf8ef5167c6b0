// What counts as "nothing in this cell". Not an issue (STYLE): a rule that needs the value says so later.
// Hot path (every cell of 100,000-row sheets): strings are trimmed only when their ends need it.
import type { CellValue } from "../grid/types";

// RULES §3: `-`, `—`, `n/a`, empty: no value. `#N/A` is what a lookup formula shows when it finds nothing.
const NO_VALUE = new Set(["", "-", "--", "—", "–", "n/a", "#n/a", "na", "n.a.", "n.a"]);
const LONGEST_NO_VALUE = 4;

/** True when `s` may start or end with whitespace (any control, space or non-ASCII character at an end). */
export function mayNeedTrim(s: string): boolean {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a <= 32 || b <= 32 || a >= 127 || b >= 127;
}

/** The text without surrounding whitespace, allocating only when there is some. */
export function trimmed(s: string): string {
  return s.length > 0 && mayNeedTrim(s) ? s.trim() : s;
}

/** True for a trimmed text that is a "nothing here" placeholder. */
export function isNoValueText(t: string): boolean {
  if (t.length > LONGEST_NO_VALUE) return false;
  if (t.length === 0) return true;
  // Every placeholder starts with a dash, `n` or `#`: most short values ("Baik", "S1") stop here.
  const c = t.charCodeAt(0) | 32;
  if (c !== 45 /* - */ && c !== 110 /* n */ && c !== 35 /* # */ && c !== (0x2014 | 32) && c !== (0x2013 | 32)) return false;
  return NO_VALUE.has(t.toLowerCase());
}

/** True for an empty cell and for the placeholders real sheets use for "nothing here". */
export function isNoValue(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value !== "string") return false;
  return isNoValueText(trimmed(value));
}

/** True when the cell shows nothing at all (null or only spaces); `-` is not blank: someone typed it. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && trimmed(value) === "");
}
