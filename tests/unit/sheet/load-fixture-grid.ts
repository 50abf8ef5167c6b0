// Test-only: reads a fixture workbook's sheet into a Grid with fflate and regular expressions.
// Good enough for the shared fixtures (Excel-, openpyxl- and LibreOffice-written); the real reader is
// src/hosts/xlsx/. Not for hostile files: no size caps, no DTD handling.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { parseCellAddress, parseRangeAddress } from "../../../src/grid/a1";
import type { CellValue, Grid, Rect } from "../../../src/grid/types";

export const FIXTURES_DIR = join(__dirname, "../../../../shared/fixtures");

// ECMA-376 §18.8.30 built-in formats that matter for reading: percent and dates.
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  9: "0%",
  10: "0.00%",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  49: "@",
};

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? decodeXml(m[1]) : undefined;
}

/** Text of <t> elements, phonetic runs (<rPh>) left out. */
function richText(xml: string): string {
  const noPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of noPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += decodeXml(m[1] ?? "");
  return out;
}

function sharedStrings(files: Record<string, Uint8Array>): string[] {
  const part = files["xl/sharedStrings.xml"];
  if (!part) return [];
  return [...strFromU8(part).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => richText(m[1]));
}

function styleFormats(files: Record<string, Uint8Array>): string[] {
  const part = files["xl/styles.xml"];
  if (!part) return [];
  const xml = strFromU8(part);
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    custom.set(Number(attr(m[1], "numFmtId")), attr(m[1], "formatCode") ?? "General");
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  });
}

function sheetPath(files: Record<string, Uint8Array>, sheetName?: string): { name: string; path: string } {
  const wb = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const sheets = [...wb.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => ({
    name: attr(m[1], "name") ?? "",
    rid: attr(m[1], "r:id") ?? "",
  }));
  const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!chosen) throw new Error(`sheet ${sheetName} not found`);
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    if (attr(m[1], "Id") !== chosen.rid) continue;
    const target = attr(m[1], "Target") ?? "";
    return { name: chosen.name, path: target.startsWith("/") ? target.slice(1) : `xl/${target}` };
  }
  throw new Error(`relationship ${chosen.rid} not found`);
}

interface RawCell {
  row: number;
  col: number;
  value: CellValue;
  format: string;
}

function cellValue(type: string | undefined, inner: string, strings: string[]): CellValue {
  if (type === "inlineStr") return richText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return null;
  if (type === "s") return strings[Number(v)] ?? null;
  if (type === "str" || type === "e") return decodeXml(v);
  if (type === "b") return v === "1" || v === "true";
  return Number(v);
}

/** Reads one sheet (the first when no name is given) of a fixture workbook into a Grid. */
export function loadFixtureGrid(file: string, sheetName?: string): Grid {
  const files = unzipSync(readFileSync(join(FIXTURES_DIR, file)));
  const { name, path } = sheetPath(files, sheetName);
  const strings = sharedStrings(files);
  const formats = styleFormats(files);
  const xml = strFromU8(files[path]);

  const cells: RawCell[] = [];
  const hiddenRows: number[] = [];
  let rowIndex = -1;
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = attr(rm[1], "r");
    rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
    const hidden = attr(rm[1], "hidden");
    if (hidden === "1" || hidden === "true") hiddenRows.push(rowIndex);
    let colIndex = -1;
    for (const cm of (rm[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(cm[1], "r");
      colIndex = ref === undefined ? colIndex + 1 : (parseCellAddress(ref)?.col ?? colIndex + 1);
      const s = attr(cm[1], "s");
      const value = cellValue(attr(cm[1], "t"), cm[2] ?? "", strings);
      const format = formats[Number(s ?? 0)] ?? "General";
      if (value === null && format === "General") continue;
      cells.push({ row: rowIndex, col: colIndex, value, format });
    }
  }

  const merges: Rect[] = [];
  for (const mm of xml.matchAll(/<mergeCell\b([^>]*?)\/?>/g)) {
    const rect = parseRangeAddress(attr(mm[1], "ref") ?? "");
    if (rect) merges.push(rect);
  }

  // The used range starts at A1 here, as Excel's UsedRange does for these sheets.
  let rows = 0;
  let cols = 0;
  for (const c of cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  const numberFormats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const c of cells) {
    values[c.row][c.col] = c.value;
    numberFormats[c.row][c.col] = c.format;
  }
  return { sheet: name, origin: { row: 0, col: 0 }, values, numberFormats, merges, hiddenRows };
}
