import { attrAt, localName, prefixOf, tagEnd, tagNameAt } from "./xml-scan";
import { malformed } from "./xml-text";

/** Where <sheetData> sits in a worksheet, and the namespace prefix its elements use ("" or "x:"). */
export interface SheetDataSpan {
  prefix: string;
  /** Start of the <sheetData> element, and just past its end. */
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

export interface RowSpan {
  /** 0-based sheet row. */
  row: number;
  start: number;
  /** Index of the start tag's ">". */
  gt: number;
  end: number;
  selfClosing: boolean;
}

export interface CellSpan {
  /** 0-based column. */
  col: number;
  start: number;
  gt: number;
  end: number;
  selfClosing: boolean;
}

export function locateSheetData(xml: string): SheetDataSpan | undefined {
  const m = /<((?:[\w.-]+:)?)sheetData(?=[\s/>])/.exec(xml);
  if (!m) return undefined;
  const start = m.index;
  const gt = tagEnd(xml, start);
  if (xml.charCodeAt(gt - 1) === 47) return { prefix: m[1], start, end: gt + 1, contentStart: gt + 1, contentEnd: gt + 1 };
  const close = xml.indexOf(`</${m[1]}sheetData>`, gt);
  if (close < 0) throw malformed("an unclosed <sheetData>");
  return { prefix: m[1], start, end: close + m[1].length + 12, contentStart: gt + 1, contentEnd: close };
}

/** "AB12" at [from, to) → column 27 (0-based), or -1. Row digits are ignored. */
export function columnOfRef(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return i === 0 ? -1 : n - 1;
}

/** The <c> elements of a row, with their columns. */
export function rowCells(xml: string, row: RowSpan, prefix: string): CellSpan[] {
  const cells: CellSpan[] = [];
  if (row.selfClosing) return cells;
  const closeCell = `</${prefix}c>`;
  const stop = row.end - prefix.length - 6;
  let p = row.gt + 1;
  let previous = -1;
  while (p < stop) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= stop) break;
    const gt = tagEnd(xml, lt);
    const name = tagNameAt(xml, lt);
    if (localName(name) !== "c" || prefixOf(name) !== prefix) {
      p = gt + 1;
      continue;
    }
    const ref = attrAt(xml, lt, gt, "r");
    const col = ref === undefined ? previous + 1 : columnOfRef(ref);
    if (col < 0 || col >= 16_384) throw malformed(`a cell reference "${ref}"`);
    previous = col;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    let end = gt + 1;
    if (!selfClosing) {
      const close = xml.indexOf(closeCell, gt);
      if (close < 0 || close >= stop) throw malformed("an unclosed <c>");
      end = close + closeCell.length;
    }
    cells.push({ col, start: lt, gt, end, selfClosing });
    p = end;
  }
  return cells;
}
