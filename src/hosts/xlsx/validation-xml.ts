import type { Rect, SheetLayout } from "../../grid/types";
import { rangeAddress } from "../../grid/a1";
import { escapeXmlText } from "./xml-text";

/** Excel's limit on the text of a list validation's formula (quotes included). */
export const MAX_LIST_FORMULA = 255;

type Validation = NonNullable<SheetLayout["validations"]>[number];

/**
 * The list as an inline formula ("a,b,c", quotes doubled), or undefined when it cannot be said inline:
 * an item holding a comma would split in two, and Excel refuses a formula past 255 characters.
 */
export function inlineListFormula(list: readonly string[]): string | undefined {
  if (list.length === 0 || list.some((item) => item.includes(","))) return undefined;
  const formula = `"${list.map((item) => item.replace(/"/g, '""')).join(",")}"`;
  return formula.length <= MAX_LIST_FORMULA ? formula : undefined;
}

/** `<dataValidations>`; `cellsOf(i)` is the absolute range holding list i when it is not inline. */
export function dataValidationsXml(validations: readonly Validation[], cellsOf: (i: number) => string | undefined): string {
  const items = validations
    .map((v, i) => ({ v, formula: inlineListFormula(v.list) ?? cellsOf(i) }))
    .filter((x) => x.formula !== undefined && x.v.rect.rows > 0 && x.v.rect.cols > 0);
  if (items.length === 0) return "";
  const rules = items.map(
    ({ v, formula }) =>
      `<dataValidation type="list" allowBlank="1" showDropDown="0" showInputMessage="1" showErrorMessage="1" sqref="${rangeAddress(v.rect)}"><formula1>${escapeXmlText(formula!)}</formula1></dataValidation>`,
  );
  return `<dataValidations count="${rules.length}">${rules.join("")}</dataValidations>`;
}

/** "$Z$1:$Z$4": an absolute column range. */
export function absoluteRange(rect: Rect): string {
  return rangeAddress(rect)
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}
