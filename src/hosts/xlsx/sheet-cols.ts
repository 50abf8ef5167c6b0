// Column widths set on a user's worksheet: <col> elements spliced into its <cols>, for the given columns only.
// Every other <col> stays byte for byte; a <col min max> range that covers some of the given columns is split,
// its parts outside them kept as they were and its attributes (style, hidden, outline) carried into them.
import { columnWidthPixels } from "../../grid/column-width";
import { attrOf, removeAttr, setAttr } from "./xml-scan";

/** Excel's maximum digit width of the default font (Calibri 11) in pixels. */
const DIGIT_PX = 7;

/**
 * A width in characters as Excel's column-width box shows it → the file's `width` (which includes the
 * padding): truncate((px) / digit × 256) / 256 (ECMA-376 §18.3.1.13), 8.43 → 9.140625 as Excel writes it.
 */
export function fileColumnWidth(chars: number): number {
  const px = columnWidthPixels(chars);
  // Excel's largest column width is 255 characters.
  return Math.min(255, Math.trunc((px / DIGIT_PX) * 256) / 256);
}

const COLS_START = /<((?:[\w.-]+:)?)cols(\s[^>]*?)?\/?>/g;
const COL = /<(?:[\w.-]+:)?col\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?col\s*>)/g;

interface ColTag {
  /** The element as written (start tag only when self-closing, else start to end tag). */
  xml: string;
  /** The start tag. */
  tag: string;
  min: number;
  max: number;
}

/**
 * The part of a worksheet before <sheetData> with `widths` (0-based column → characters) in its <cols>.
 * Without <cols> one is made just before <sheetData> (its place in CT_Worksheet: after sheetFormatPr).
 * Applying the same widths again gives the same text.
 */
export function withColumnWidths(before: string, prefix: string, widths: ReadonlyMap<number, number>): string {
  if (widths.size === 0) return before;
  const cols = [...widths.keys()].sort((a, b) => a - b).map((c) => c + 1);
  const groups = colsGroups(before);
  const span = { first: cols[0], last: cols[cols.length - 1] };
  if (groups.length === 0) return `${before}<${prefix}cols>${cols.map((c) => fresh(prefix, c, undefined, widths.get(c - 1)!, span)).join("")}</${prefix}cols>`;
  // Excel writes one <cols>; a file may hold several (the schema allows it): the new <col>s go where their
  // numbers belong, in the first group that has a range after them, else the last.
  const parsed = groups.map((g) => parseCols(g.inner));
  let home = parsed.findIndex((tags) => tags.some((t) => t.min > cols[cols.length - 1]));
  if (home < 0) home = parsed.length - 1;
  const covering = new Map<number, ColTag>();
  for (const tags of parsed) for (const t of tags) for (const c of cols) if (c >= t.min && c <= t.max) covering.set(c, t);
  let out = "";
  let from = 0;
  groups.forEach((g, i) => {
    // A group that covers none of Talenta's columns and is not where they go stays as it came, byte for byte.
    if (i !== home && !parsed[i].some((t) => cols.some((c) => c >= t.min && c <= t.max))) return;
    const p = g.prefix;
    const pieces: { min: number; xml: string }[] = [];
    for (const t of parsed[i]) pieces.push(...outside(t, cols));
    if (i === home) for (const c of cols) pieces.push({ min: c, xml: fresh(p, c, covering.get(c), widths.get(c - 1)!, span) });
    pieces.sort((a, b) => a.min - b.min);
    // CT_Cols needs at least one <col>: a group that held only Talenta's columns goes.
    const element = pieces.length ? `<${p}cols${g.attrs}>${pieces.map((x) => x.xml).join("")}</${p}cols>` : "";
    out += before.slice(from, g.start) + element;
    from = g.end;
  });
  return out + before.slice(from);
}

function parseCols(inner: string): ColTag[] {
  const tags: ColTag[] = [];
  for (const m of inner.matchAll(COL)) {
    const xml = m[0];
    const tag = xml.slice(0, xml.indexOf(">") + 1);
    const min = Number(attrOf(tag, "min"));
    const max = Number(attrOf(tag, "max") ?? min);
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) tags.push({ xml, tag, min, max });
  }
  return tags;
}

interface ColsGroup {
  start: number;
  end: number;
  prefix: string;
  /** The start tag's attributes (none in practice), kept. */
  attrs: string;
  inner: string;
}

/** The <cols> elements, self-closing or not. */
function colsGroups(before: string): ColsGroup[] {
  const groups: ColsGroup[] = [];
  for (const m of before.matchAll(COLS_START)) {
    const start = m.index!;
    const open = m[0];
    if (groups.length && start < groups[groups.length - 1].end) continue;
    const prefix = m[1];
    const selfClosing = open.endsWith("/>");
    const attrs = (m[2] ?? "").replace(/\s*\/$/, "");
    if (selfClosing) {
      groups.push({ start, end: start + open.length, prefix, attrs, inner: "" });
      continue;
    }
    const close = new RegExp(`</${prefix.replace(/[.]/g, "\\.")}cols\\s*>`, "g");
    close.lastIndex = start + open.length;
    const c = close.exec(before);
    if (!c) break;
    groups.push({ start, end: c.index + c[0].length, prefix, attrs, inner: before.slice(start + open.length, c.index) });
  }
  return groups;
}

/** The parts of a range outside the given columns: the element itself when it covers none of them. */
function outside(t: ColTag, cols: readonly number[]): { min: number; xml: string }[] {
  const inside = cols.filter((c) => c >= t.min && c <= t.max);
  if (inside.length === 0) return [{ min: t.min, xml: t.xml }];
  const out: { min: number; xml: string }[] = [];
  let start = t.min;
  for (const c of [...inside, t.max + 1]) {
    if (c > start) out.push({ min: start, xml: rangeOf(t, start, c - 1) });
    start = c + 1;
  }
  return out;
}

/** The element over [min, max] with its other attributes as they were. */
function rangeOf(t: ColTag, min: number, max: number): string {
  const tag = setAttr(setAttr(t.tag, "min", String(min)), "max", String(max));
  return tag + t.xml.slice(t.tag.length);
}

/**
 * Column c (1-based) at `chars` wide; a user's range that covered it lends its other attributes. A range that
 * reaches past Talenta's columns (`span`) is the user's setting for the columns beyond the data — a template
 * hiding every unused column — not for the results: those do not take its hidden state or outline.
 */
function fresh(p: string, c: number, covering: ColTag | undefined, chars: number, span: { first: number; last: number }): string {
  const width = String(fileColumnWidth(chars));
  if (!covering) return `<${p}col min="${c}" max="${c}" width="${width}" customWidth="1"/>`;
  let tag = removeAttr(covering.tag, "bestFit");
  if (covering.min < span.first || covering.max > span.last) {
    for (const name of ["hidden", "outlineLevel", "collapsed"]) tag = removeAttr(tag, name);
  }
  tag = setAttr(setAttr(tag, "min", String(c)), "max", String(c));
  tag = setAttr(setAttr(tag, "width", width), "customWidth", "1");
  if (!tag.endsWith("/>")) tag = `${tag.slice(0, -1).trimEnd()}/>`;
  return tag;
}
