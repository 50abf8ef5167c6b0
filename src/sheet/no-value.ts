// What counts as "nothing in this cell". Not an issue (STYLE): a rule that needs the value says so later.
import type { CellValue } from "../grid/types";

// RULES §3: `-`, `—`, `n/a`, empty: no value. `#N/A` is what a lookup formula shows when it finds nothing.
const NO_VALUE = new Set(["", "-", "--", "—", "–", "n/a", "#n/a", "na", "n.a.", "n.a"]);

/** True for an empty cell and for the placeholders real sheets use for "nothing here". */
export function isNoValue(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value !== "string") return false;
  const t = value.trim();
  return t.length <= 4 && NO_VALUE.has(t.toLowerCase());
}

/** True when the cell shows nothing at all (null or only spaces); `-` is not blank: someone typed it. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
