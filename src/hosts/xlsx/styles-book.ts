import type { CellStyle } from "../../grid/types";
import { BUILTIN_NUMBER_FORMATS, builtinFormatId } from "./number-formats";
import { attrOf, childElements, localName, prefixOf, rootElement, type ElementSpan } from "./xml-scan";
import { escapeXmlAttr } from "./xml-text";

const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
type Collection = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * styles.xml as Talenta uses it: reads the number format of each cell style, and appends new styles
 * (existing indices never move). An identical style already present — Talenta's own from an earlier run —
 * is reused, so a re-run does not grow the file.
 */
export class StyleBook {
  private readonly children = new Map<Collection, string[]>();
  private readonly added = new Map<Collection, string[]>();
  private readonly customFormats = new Map<number, string>();
  private readonly xfFormatIds: number[] = [];
  private readonly cache = new Map<string, number>();
  private readonly prefix: string;

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    this.prefix = prefixOf(root.name);
    const spans = this.collections(root);
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as Collection[]) {
      const span = spans.get(name);
      const kids = span ? childElements(xml, span.contentStart, span.contentEnd).map((c) => xml.slice(c.start, c.end)) : [];
      this.children.set(name, kids);
      this.added.set(name, []);
    }
    for (const nf of this.children.get("numFmts")!) {
      this.customFormats.set(Number(attrOf(nf, "numFmtId")), attrOf(nf, "formatCode") ?? "General");
    }
    for (const xf of this.children.get("cellXfs")!) this.xfFormatIds.push(Number(attrOf(xf, "numFmtId") ?? 0));
  }

  /** The number format code of cell style `s`; "General" when unknown. */
  formatCode(s: number): string {
    const id = this.xfFormatIds[s] ?? 0;
    return this.customFormats.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? "General";
  }

  get changed(): boolean {
    return [...this.added.values()].some((a) => a.length > 0);
  }

  /** The cellXfs index for a style, appending what is missing. */
  styleIndex(style: CellStyle): number {
    const key = JSON.stringify(Object.entries(style).filter(([, v]) => v !== undefined).sort());
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const p = this.prefix;
    const numFmtId = style.numberFormat === undefined ? 0 : this.numFmtId(style.numberFormat);
    const hasFont = style.bold || style.italic || style.underline || style.fontSize !== undefined || style.fontColor !== undefined;
    const fontId = hasFont ? this.find("fonts", this.fontXml(style)) : 0;
    const fillId = style.fill ? this.find("fills", `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(style.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`) : 0;
    const borderId = style.border ? this.find("borders", borderXml(p, style.border)) : 0;
    const align = alignmentXml(p, style);
    let xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    xf += align ? ` applyAlignment="1">${align}</${p}xf>` : "/>";
    const index = key === "[]" ? 0 : this.find("cellXfs", xf);
    if (index === this.xfFormatIds.length) this.xfFormatIds.push(numFmtId);
    this.cache.set(key, index);
    return index;
  }

  toString(): string {
    if (!this.changed) return this.xml;
    const root = rootElement(this.xml);
    const spans = this.collections(root);
    const edits: { at: number; end: number; text: string }[] = [];
    for (const [name, extra] of this.added) {
      if (extra.length === 0) continue;
      const count = this.children.get(name)!.length + extra.length;
      const span = spans.get(name);
      const el = `${this.prefix}${name}`;
      if (!span) {
        const next = ORDER.slice(ORDER.indexOf(name) + 1).map((n) => spans.get(n)).find((s) => s);
        const at = next ? next.start : root.contentEnd;
        edits.push({ at, end: at, text: `<${el} count="${count}">${extra.join("")}</${el}>` });
      } else {
        const startTag = this.xml.slice(span.start, span.contentStart).replace(/\s*\/?>$/, "");
        const withCount = /\scount\s*=/.test(startTag) ? startTag.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`) : `${startTag} count="${count}"`;
        const inner = span.selfClosing ? "" : this.xml.slice(span.contentStart, span.contentEnd);
        edits.push({ at: span.start, end: span.end, text: `${withCount}>${inner}${extra.join("")}</${span.name}>` });
      }
    }
    // Back to front; at one position the replacement goes first so an insertion lands before it.
    edits.sort((a, b) => b.at - a.at || b.end - a.end);
    let out = this.xml;
    for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
    return out;
  }

  private collections(root: ElementSpan): Map<string, ElementSpan> {
    const map = new Map<string, ElementSpan>();
    for (const c of childElements(this.xml, root.contentStart, root.contentEnd)) map.set(localName(c.name), c);
    return map;
  }

  private find(name: Collection, xml: string): number {
    const existing = this.children.get(name)!;
    const extra = this.added.get(name)!;
    const at = existing.indexOf(xml);
    if (at >= 0) return at;
    const added = extra.indexOf(xml);
    if (added >= 0) return existing.length + added;
    extra.push(xml);
    return existing.length + extra.length - 1;
  }

  private numFmtId(code: string): number {
    const builtin = builtinFormatId(code);
    if (builtin !== undefined) return builtin;
    for (const [id, c] of this.customFormats) if (c === code) return id;
    const id = Math.max(163, ...this.customFormats.keys()) + 1;
    this.customFormats.set(id, code);
    this.added.get("numFmts")!.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXmlAttr(code)}"/>`);
    return id;
  }

  private fontXml(style: CellStyle): string {
    const p = this.prefix;
    const base = this.children.get("fonts")![0] ?? "";
    const val = (el: string) => new RegExp(`<(?:\\w+:)?${el}\\s+val\\s*=\\s*"([^"]*)"`).exec(base)?.[1];
    let xml = `<${p}font>`;
    if (style.bold) xml += `<${p}b/>`;
    if (style.italic) xml += `<${p}i/>`;
    if (style.underline) xml += `<${p}u/>`;
    xml += `<${p}sz val="${style.fontSize ?? val("sz") ?? 11}"/>`;
    if (style.fontColor) xml += `<${p}color rgb="${argb(style.fontColor)}"/>`;
    xml += `<${p}name val="${escapeXmlAttr(val("name") ?? "Calibri")}"/>`;
    const family = val("family");
    if (family) xml += `<${p}family val="${escapeXmlAttr(family)}"/>`;
    return `${xml}</${p}font>`;
  }
}

function argb(rgb: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new Error(`Colour must be "RRGGBB": ${rgb}`);
  return `FF${rgb.toUpperCase()}`;
}

function borderXml(p: string, weight: "thin" | "medium"): string {
  const side = (s: string) => `<${p}${s} style="${weight}"><${p}color indexed="64"/></${p}${s}>`;
  return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
}

function alignmentXml(p: string, style: CellStyle): string {
  let attrs = "";
  if (style.hAlign) attrs += ` horizontal="${style.hAlign}"`;
  if (style.vAlign) attrs += ` vertical="${style.vAlign}"`;
  if (style.wrap) attrs += ' wrapText="1"';
  return attrs ? `<${p}alignment${attrs}/>` : "";
}
