// SheetLayout.validations → in-cell dropdown lists (Range.dataValidation, ExcelApi 1.8; below it the sheet
// simply has no dropdowns). The list is given inline, as Excel's "Source" box takes it: items joined by
// commas, at most 255 characters. A list that cannot be said that way is left out rather than written
// wrong: an item holding a comma would become two items, and a source starting with "=" is a formula
// (RULES §7: text never becomes a formula).
import type { SheetLayout } from "../../grid/types";
import type { ApiSupport } from "./api-support";

/** Excel's limit on a typed-in list source. */
export const MAX_LIST_SOURCE = 255;

/** The inline source for a list, or undefined when the list cannot be written inline. */
export function listSource(items: readonly string[]): string | undefined {
  if (!items.length || items.some((item) => item.includes(",") || item.trim() === "")) return undefined;
  const source = items.join(",");
  if (source.length > MAX_LIST_SOURCE || source.startsWith("=")) return undefined;
  return source;
}

export function queueDropdowns(ws: Excel.Worksheet, validations: NonNullable<SheetLayout["validations"]>, supports: ApiSupport): void {
  if (!supports("1.8")) return;
  for (const { rect, list } of validations) {
    const source = listSource(list);
    if (source === undefined || rect.rows < 1 || rect.cols < 1) continue;
    const validation = ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).dataValidation;
    validation.clear(); // a rule cannot be set over another one
    validation.rule = { list: { inCellDropDown: true, source } };
  }
}
