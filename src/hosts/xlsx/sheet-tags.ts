import { malformed } from "./xml-text";
import type { SheetDataSpan } from "./sheet-scan";

/** Cell types by their `t` attribute; anything unknown reads like a number (the schema's default "n"). */
export const enum CellType {
  Number = 0,
  Shared = 1,
  Str = 2,
  Inline = 3,
  Bool = 4,
  Error = 5,
  Date = 6,
}

/** Rows as scanned once: reused by the splice when the same XML is written to, so it is never scanned twice. */
export interface RowIndex {
  xml: string;
  /** Where <sheetData> is in `xml`: a save reuses it instead of searching 100 MB again for its end. */
  data: SheetDataSpan;
  count: number;
  /** 0-based row; start of <row; its ">"; just past </row>; first and last cell column (-1 when no cells). */
  row: Int32Array;
  start: Int32Array;
  gt: Int32Array;
  end: Int32Array;
  firstCol: Int32Array;
  lastCol: Int32Array;
}

/** Called for every <c> with its attributes already decoded, so a reader allocates nothing per cell. */
export type CellVisitor = (row: number, col: number, type: CellType, style: number, gt: number, end: number, selfClosing: boolean) => void;

// The start tag being read; reused so scanning allocates no object per tag.
const ABSENT = -2_147_483_648;
const tag = { gt: 0, self: false, num: ABSENT, type: CellType.Number, style: 0, hidden: false };

/**
 * One pass over <sheetData>: every row (into the index) and, when `visit` is given, every cell.
 * Rows and cells without `r` follow the previous one. Comments and processing instructions are skipped.
 * @throws WorkbookReadError on malformed structure
 */
export function scanSheet(xml: string, data: SheetDataSpan, visit?: CellVisitor, hidden?: number[]): RowIndex {
  const p = data.prefix;
  const closeRow = `</${p}row>`;
  const closeCell = `</${p}c>`;
  const rowName = `${p}row`;
  const cellName = `${p}c`;
  let cap = 1024;
  let idx = newIndex(xml, data, cap);
  let n = 0;
  let at = data.contentStart;
  let previousRow = -1;
  while (at < data.contentEnd) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || lt >= data.contentEnd) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33 || c1 === 63) {
      at = skipSpecial(xml, lt);
      continue;
    }
    if (c1 === 47 || !nameIs(xml, lt + 1, rowName)) throw malformed(`<${nameAt(xml, lt)}> inside <sheetData>`);
    readTag(xml, lt + 1 + rowName.length, false);
    const rowNo = tag.num === ABSENT ? previousRow + 1 : tag.num - 1;
    if (!(rowNo >= 0 && rowNo < 1_048_576)) throw malformed(`a row number "${tag.num}"`);
    previousRow = rowNo;
    if (tag.hidden && hidden) hidden.push(rowNo);
    const rowGt = tag.gt;
    let end = rowGt + 1;
    let first = -1;
    let last = -1;
    if (!tag.self) {
      // One forward pass over the row: cells are found and closed by character tests, not substring searches.
      let q = rowGt + 1;
      let previousCol = -1;
      for (;;) {
        const clt = nextLt(xml, q, data.contentEnd);
        if (clt < 0) throw malformed("an unclosed <row>");
        if (xml.charCodeAt(clt + 1) === 47) {
          if (xml.startsWith(closeRow, clt)) {
            end = clt + closeRow.length;
            break;
          }
          q = clt + 2;
          continue;
        }
        if (!nameIs(xml, clt + 1, cellName)) {
          q = clt + 1;
          continue;
        }
        readTag(xml, clt + 1 + cellName.length, true);
        const col = tag.num === ABSENT ? previousCol + 1 : tag.num;
        if (col < 0 || col >= 16_384) throw malformed(`a cell reference in row ${rowNo + 1}`);
        previousCol = col;
        let cellEnd = tag.gt + 1;
        if (!tag.self) {
          let k = tag.gt + 1;
          for (;;) {
            k = nextLt(xml, k, data.contentEnd);
            if (k < 0) throw malformed("an unclosed <c>");
            if (xml.charCodeAt(k + 1) === 47 && xml.startsWith(closeCell, k)) break;
            k++;
          }
          cellEnd = k + closeCell.length;
        }
        if (first < 0) first = col;
        last = col;
        if (visit) visit(rowNo, col, tag.type, tag.style, tag.gt, cellEnd, tag.self);
        q = cellEnd;
      }
    }
    if (n === cap) idx = grow(idx, (cap *= 2));
    idx.row[n] = rowNo;
    idx.start[n] = lt;
    idx.gt[n] = rowGt;
    idx.end[n] = end;
    idx.firstCol[n] = first;
    idx.lastCol[n] = last;
    n++;
    at = end;
  }
  idx.count = n;
  return idx;
}

/** Index of the next "<" in [from, to), or -1. */
function nextLt(xml: string, from: number, to: number): number {
  const i = xml.indexOf("<", from);
  return i < 0 || i >= to ? -1 : i;
}

/** Whether `name` starts at `at` and is followed by whitespace, ">" or "/" (a whole tag name). */
function nameIs(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at)) return false;
  const c = xml.charCodeAt(at + name.length);
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

function nameAt(xml: string, lt: number): string {
  const m = /^<\/?([^\s/>]*)/.exec(xml.slice(lt, lt + 64));
  return m ? m[1] : "";
}

/**
 * Reads the attributes of a start tag from just after its name: `r` (row number, or for a cell its column;
 * ABSENT when missing), `s`, `t` and `hidden`. Quoted ">" inside values are skipped.
 */
function readTag(xml: string, i: number, cell: boolean): void {
  tag.num = ABSENT;
  tag.type = CellType.Number;
  tag.style = 0;
  tag.hidden = false;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c === 62) {
      tag.gt = i;
      tag.self = false;
      return;
    }
    if (c === 47) {
      tag.gt = xml.indexOf(">", i);
      tag.self = true;
      return;
    }
    if (Number.isNaN(c)) throw malformed("an unterminated tag");
    const nameStart = i;
    while (c !== 61 && c !== 32 && c !== 62 && c !== 47 && c !== 9 && c !== 10 && c !== 13 && !Number.isNaN(c)) c = xml.charCodeAt(++i);
    const nameEnd = i;
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c !== 61) throw malformed("an attribute without a value");
    c = xml.charCodeAt(++i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c !== 34 && c !== 39) throw malformed("an unquoted attribute");
    const vs = i + 1;
    let ve = vs;
    while (ve < xml.length && xml.charCodeAt(ve) !== c) ve++;
    if (ve >= xml.length) throw malformed("an unterminated tag");
    i = ve + 1;
    const len = nameEnd - nameStart;
    const a = xml.charCodeAt(nameStart);
    if (len === 1 && a === 114) tag.num = cell ? refColumn(xml, vs, ve) : digits(xml, vs, ve);
    else if (len === 1 && a === 115 && cell) tag.style = digits(xml, vs, ve);
    else if (len === 1 && a === 116 && cell) tag.type = typeOf(xml, vs, ve);
    else if (len === 6 && !cell && xml.startsWith("hidden", nameStart)) tag.hidden = (ve - vs === 1 && xml.charCodeAt(vs) === 49) || xml.startsWith("true", vs);
  }
}

/** Column of "AB12" (0-based); -1 when the reference does not start with a column. */
function refColumn(xml: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return i === from ? -1 : n - 1;
}

/** A non-negative integer; anything else (an entity, a sign, a fraction) goes through Number. */
function digits(xml: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number(xml.slice(from, to));
    n = n * 10 + c;
  }
  return from === to ? NaN : n;
}

function typeOf(xml: string, from: number, to: number): CellType {
  const len = to - from;
  const c = xml.charCodeAt(from);
  if (len === 1) return c === 115 ? CellType.Shared : c === 98 ? CellType.Bool : c === 101 ? CellType.Error : c === 100 ? CellType.Date : CellType.Number;
  if (len === 3 && xml.startsWith("str", from)) return CellType.Str;
  if (len === 9 && xml.startsWith("inlineStr", from)) return CellType.Inline;
  return CellType.Number;
}

function skipSpecial(xml: string, lt: number): number {
  const close = xml.startsWith("<!--", lt) ? "-->" : xml.charCodeAt(lt + 1) === 63 ? "?>" : ">";
  const end = xml.indexOf(close, lt);
  if (end < 0) throw malformed("an unterminated tag");
  return end + close.length;
}

function newIndex(xml: string, data: SheetDataSpan, cap: number): RowIndex {
  return { xml, data, count: 0, row: new Int32Array(cap), start: new Int32Array(cap), gt: new Int32Array(cap), end: new Int32Array(cap), firstCol: new Int32Array(cap), lastCol: new Int32Array(cap) };
}

function grow(idx: RowIndex, cap: number): RowIndex {
  const out = newIndex(idx.xml, idx.data, cap);
  for (const k of ["row", "start", "gt", "end", "firstCol", "lastCol"] as const) out[k].set(idx[k]);
  return out;
}
