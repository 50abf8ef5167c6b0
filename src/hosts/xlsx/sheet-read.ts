import type { CellValue, Grid, Rect } from "../../grid/types";
import { parseRangeAddress } from "../../grid/a1";
import { WorkbookReadError } from "./errors";
import { richText } from "./rich-text";
import { locateSheetData } from "./sheet-scan";
import { CellType, scanSheet, type RowIndex } from "./sheet-tags";
import type { StyleBook } from "./styles-book";
import { decodeOoxmlEscapes, malformed, unescapeXml } from "./xml-text";

/** Past this many cells the used rectangle is refused rather than allocated (a sparse A1 + XFD1048576 sheet). */
export const MAX_GRID_CELLS = 40_000_000;

/**
 * The used grid of a worksheet: sized only from the cells actually present with a value,
 * never from <dimension> or any count the file claims. `onIndex` receives the rows as scanned.
 * @throws WorkbookReadError when the XML is malformed or the used rectangle is absurdly large
 */
export function readGrid(sheet: string, xml: string, sharedStrings: string[], styles: StyleBook, onIndex?: (index: RowIndex) => void): Grid {
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  const formats: number[] = [];
  const hidden: number[] = [];
  const uncalculated: { row: number; col: number }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const data = locateSheetData(xml);
  if (data) {
    const p = data.prefix;
    const vOpen = `<${p}v`;
    const isOpen = `<${p}is`;
    const fOpen = `<${p}f`;
    const index = scanSheet(
      xml,
      data,
      (row, col, type, style, gt, end, selfClosing) => {
        const value = selfClosing ? null : cellValue(xml, gt + 1, end, type, vOpen, isOpen, sharedStrings);
        if (value === null && !selfClosing && isFormulaWithoutValue(xml, gt + 1, end, fOpen, vOpen)) uncalculated.push({ row, col });
        if (value === null && !style) return;
        rows.push(row);
        cols.push(col);
        values.push(value);
        formats.push(style);
        if (value !== null) {
          if (row < top) top = row;
          if (row > bottom) bottom = row;
          if (col < left) left = col;
          if (col > right) right = col;
        }
      },
      hidden,
    );
    onIndex?.(index);
  }
  const merges = readMerges(xml);
  if (bottom < 0) return { sheet, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges, hiddenRows: [] };
  const formulas = uncalculated.length ? { formulasWithoutValue: uncalculated } : {};
  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > MAX_GRID_CELLS) {
    throw new WorkbookReadError("too-large", `The used range of sheet "${sheet}" spans ${height} rows × ${width} columns, more than ${MAX_GRID_CELLS} cells.`);
  }
  const grid: CellValue[][] = new Array(height);
  const codes: string[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    grid[r] = new Array<CellValue>(width).fill(null);
    codes[r] = new Array<string>(width).fill("General");
  }
  // Each style index is resolved to its format code once.
  const codeOf: (string | undefined)[] = [];
  for (let i = 0; i < values.length; i++) {
    const r = rows[i] - top;
    const c = cols[i] - left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    grid[r][c] = values[i];
    const s = formats[i];
    if (s) codes[r][c] = codeOf[s] ??= styles.formatCode(s);
  }
  return {
    sheet,
    origin: { row: top, col: left },
    values: grid,
    numberFormats: codes,
    merges,
    hiddenRows: hidden.filter((r) => r >= top && r <= bottom),
    ...formulas,
  };
}

/** The cell's content [from, to) has a formula element and no value element (not even an empty one). */
function isFormulaWithoutValue(xml: string, from: number, to: number, fOpen: string, vOpen: string): boolean {
  let formula = false;
  for (let at = xml.indexOf("<", from); at >= 0 && at < to; at = xml.indexOf("<", at + 1)) {
    if (isElement(xml, at, vOpen)) return false;
    if (isElement(xml, at, fOpen)) formula = true;
  }
  return formula;
}

/** An element named exactly `open` (without the "<"'s name running on: `<f>` and `<f t=…`, not `<font`) starts at `at`. */
function isElement(xml: string, at: number, open: string): boolean {
  if (!xml.startsWith(open, at)) return false;
  const next = xml.charCodeAt(at + open.length);
  return next === 62 /* > */ || next === 47 /* / */ || next === 32 || next === 9 || next === 10 || next === 13;
}

function cellValue(xml: string, from: number, to: number, type: CellType, vOpen: string, isOpen: string, sst: string[]): CellValue {
  if (type === CellType.Inline) {
    const is = xml.indexOf(isOpen, from);
    return is >= 0 && is < to ? richText(xml, is, to) : null;
  }
  if (!findValue(xml, from, to, vOpen)) return null;
  const a = span.start;
  const b = span.end;
  switch (type) {
    case CellType.Shared: {
      const s = sst[sharedIndex(xml, a, b)];
      if (s === undefined) throw malformed(`a shared string index ${xml.slice(a, b)} that does not exist`);
      return s;
    }
    case CellType.Str:
      return decodeOoxmlEscapes(text(xml, a, b));
    case CellType.Error:
      return text(xml, a, b);
    case CellType.Bool: {
      const raw = text(xml, a, b);
      return raw === "1" || raw === "true";
    }
    case CellType.Date: {
      const raw = text(xml, a, b);
      const ms = Date.parse(raw.length <= 10 ? `${raw}T00:00:00Z` : raw.endsWith("Z") ? raw : `${raw}Z`);
      return Number.isNaN(ms) ? raw : ms / 86_400_000 + 25_569;
    }
    default: {
      const raw = text(xml, a, b);
      if (raw.trim() === "") return null;
      const n = Number(raw);
      return Number.isNaN(n) ? raw : n;
    }
  }
}

// Where findValue found the text; reused so that reading a cell allocates nothing for its position.
const span = { start: 0, end: 0 };

/** Finds the text of the cell's <v> into `span`; false when absent or empty. */
function findValue(xml: string, from: number, to: number, vOpen: string): boolean {
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    if (xml.startsWith(vOpen, at)) {
      const c = xml.charCodeAt(at + vOpen.length);
      if (c === 62 || c === 32 || c === 47 || c === 9 || c === 10 || c === 13) {
        const gt = xml.indexOf(">", at);
        if (xml.charCodeAt(gt - 1) === 47) return false;
        const close = xml.indexOf("<", gt);
        span.start = gt + 1;
        span.end = close;
        return close > gt + 1;
      }
    }
    at = xml.indexOf("<", at + 1);
  }
  return false;
}

function text(xml: string, a: number, b: number): string {
  const raw = xml.slice(a, b);
  return raw.indexOf("&") < 0 ? raw : unescapeXml(raw);
}

function sharedIndex(xml: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = xml.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number(text(xml, a, b));
    n = n * 10 + c;
  }
  return n;
}

export function readMerges(xml: string): Rect[] {
  const out: Rect[] = [];
  const re = /<(?:[\w.-]+:)?mergeCell\s[^>]*?ref\s*=\s*["']([^"']+)["']/g;
  const tail = xml.lastIndexOf("sheetData>");
  re.lastIndex = tail < 0 ? 0 : tail;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const rect = parseRangeAddress(m[1]);
    if (rect) out.push(rect);
  }
  return out;
}

/** Whether the worksheet carries an active <sheetProtection> (sheet="1"). */
export function isProtected(xml: string): boolean {
  const m = /<(?:[\w.-]+:)?sheetProtection(?=[\s/>])[^>]*>/.exec(xml.slice(Math.max(0, xml.lastIndexOf("sheetData>"))));
  if (!m) return false;
  // The schema's default for @sheet is false: a <sheetProtection> without sheet="1" protects nothing.
  const sheet = /\ssheet\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
  return sheet === "1" || sheet === "true";
}
