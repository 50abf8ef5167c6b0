import type { CellValue, Grid, Rect } from "../../grid/types";
import { parseRangeAddress } from "../../grid/a1";
import { WorkbookReadError } from "./errors";
import { richText } from "./rich-text";
import { forEachRow, locateSheetData, rowCells } from "./sheet-scan";
import type { StyleBook } from "./styles-book";
import { attrAt, tagNameAt } from "./xml-scan";
import { decodeOoxmlEscapes, malformed, unescapeXml } from "./xml-text";

/** Past this many cells the used rectangle is refused rather than allocated (a sparse A1 + XFD1048576 sheet). */
export const MAX_GRID_CELLS = 40_000_000;

/**
 * The used grid of a worksheet: sized only from the cells actually present with a value,
 * never from <dimension> or any count the file claims.
 * @throws WorkbookReadError when the XML is malformed or the used rectangle is absurdly large
 */
export function readGrid(sheet: string, xml: string, sharedStrings: string[], styles: StyleBook): Grid {
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  const formats: number[] = [];
  const hidden: number[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const data = locateSheetData(xml);
  if (data) {
    forEachRow(xml, data, (row) => {
      const rowHidden = attrAt(xml, row.start, row.gt, "hidden");
      if (rowHidden === "1" || rowHidden === "true") hidden.push(row.row);
      for (const cell of rowCells(xml, row, data.prefix)) {
        const type = attrAt(xml, cell.start, cell.gt, "t");
        const s = attrAt(xml, cell.start, cell.gt, "s");
        const value = cell.selfClosing ? null : cellValue(xml, cell.gt + 1, cell.end, type, data.prefix, sharedStrings);
        rows.push(row.row);
        cols.push(cell.col);
        values.push(value);
        formats.push(s === undefined ? 0 : Number(s));
        if (value !== null) {
          if (row.row < top) top = row.row;
          if (row.row > bottom) bottom = row.row;
          if (cell.col < left) left = cell.col;
          if (cell.col > right) right = cell.col;
        }
      }
    });
  }
  const merges = readMerges(xml);
  if (bottom < 0) return { sheet, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges, hiddenRows: [] };
  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > MAX_GRID_CELLS) {
    throw new WorkbookReadError("too-large", `The used range of sheet "${sheet}" spans ${height} rows × ${width} columns, more than ${MAX_GRID_CELLS} cells.`);
  }
  const grid: CellValue[][] = [];
  const codes: string[][] = [];
  for (let r = 0; r < height; r++) {
    grid.push(new Array<CellValue>(width).fill(null));
    codes.push(new Array<string>(width).fill("General"));
  }
  for (let i = 0; i < values.length; i++) {
    const r = rows[i] - top;
    const c = cols[i] - left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    grid[r][c] = values[i];
    if (formats[i]) codes[r][c] = styles.formatCode(formats[i]);
  }
  return {
    sheet,
    origin: { row: top, col: left },
    values: grid,
    numberFormats: codes,
    merges,
    hiddenRows: hidden.filter((r) => r >= top && r <= bottom),
  };
}

function cellValue(xml: string, from: number, to: number, type: string | undefined, p: string, sst: string[]): CellValue {
  if (type === "inlineStr") {
    const is = xml.indexOf(`<${p}is`, from);
    return is >= 0 && is < to ? richText(xml, is, to) : null;
  }
  const raw = valueText(xml, from, to, p);
  if (raw === undefined) return null;
  switch (type) {
    case "s": {
      const s = sst[Number(raw)];
      if (s === undefined) throw malformed(`a shared string index ${raw} that does not exist`);
      return s;
    }
    case "str":
      return decodeOoxmlEscapes(raw);
    case "e":
      return raw;
    case "b":
      return raw === "1" || raw === "true";
    case "d": {
      const ms = Date.parse(raw.length <= 10 ? `${raw}T00:00:00Z` : raw.endsWith("Z") ? raw : `${raw}Z`);
      return Number.isNaN(ms) ? raw : ms / 86_400_000 + 25_569;
    }
    default: {
      if (raw.trim() === "") return null;
      const n = Number(raw);
      return Number.isNaN(n) ? raw : n;
    }
  }
}

/** The text of the cell's <v>, or undefined when absent or empty. */
function valueText(xml: string, from: number, to: number, p: string): string | undefined {
  let at = xml.indexOf(`<${p}v`, from);
  while (at >= 0 && at < to) {
    const name = tagNameAt(xml, at);
    if (name === `${p}v`) {
      const gt = xml.indexOf(">", at);
      if (xml.charCodeAt(gt - 1) === 47) return undefined;
      const close = xml.indexOf("<", gt);
      const text = xml.slice(gt + 1, close);
      return text === "" ? undefined : unescapeXml(text);
    }
    at = xml.indexOf(`<${p}v`, at + 1);
  }
  return undefined;
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
