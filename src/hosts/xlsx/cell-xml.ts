import type { CellValue } from "../../grid/types";
import { cellAddress } from "../../grid/a1";
import { cellTextXml } from "./xml-text";

/** Excel's limit on characters in one cell; longer text makes Excel repair the file. */
export const MAX_CELL_CHARS = 32_767;

/**
 * One <c> element. Strings are always inline text — never a formula, whatever they start with —
 * so sharedStrings.xml is never rewritten. `prefix` is the sheet's namespace prefix ("" or "x:").
 */
export function cellXml(row: number, col: number, value: CellValue, style: number, prefix = ""): string {
  return `<${prefix}c r="${cellAddress(row, col)}"${cellXmlTail(value, style, prefix)}`;
}

/** What follows the cell reference's closing quote: the same for the value and style in every row. */
export function cellXmlTail(value: CellValue, style: number, prefix = ""): string {
  const p = prefix;
  const s = style ? ` s="${style}"` : "";
  if (value === null) return `${s}/>`;
  if (typeof value === "boolean") return `${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return `${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    return `${s}><${p}v>${Object.is(value, -0) ? 0 : value}</${p}v></${p}c>`;
  }
  const text = cellTextXml(truncate(value));
  const space = /^\s|\s$|[\n\r\t]/.test(text) ? ' xml:space="preserve"' : "";
  return `${s} t="inlineStr"><${p}is><${p}t${space}>${text}</${p}t></${p}is></${p}c>`;
}

function truncate(s: string): string {
  if (s.length <= MAX_CELL_CHARS) return s;
  // Never cut a surrogate pair in half.
  const cut = /[\uD800-\uDBFF]/.test(s[MAX_CELL_CHARS - 1]) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return s.slice(0, cut);
}
