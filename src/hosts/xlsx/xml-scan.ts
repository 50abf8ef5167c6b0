import { escapeXmlAttr, malformed, unescapeXml } from "./xml-text";

/** One element located in a text: [start, end) is the whole element, [contentStart, contentEnd) its inside. */
export interface ElementSpan {
  name: string;
  start: number;
  /** Index just past the start tag's ">". */
  contentStart: number;
  contentEnd: number;
  end: number;
  selfClosing: boolean;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

/** Index of the ">" closing the tag that starts at `lt`, skipping ">" inside quoted attribute values. */
export function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  throw malformed("an unterminated tag");
}

export function tagNameAt(xml: string, lt: number): string {
  let i = lt + 1;
  if (xml.charCodeAt(i) === 47) i++;
  const from = i;
  for (; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) break;
  }
  return xml.slice(from, i);
}

/** Attributes of the start tag occupying [lt, gt]; values unescaped. */
export function parseAttrs(xml: string, lt: number, gt: number): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  re.lastIndex = lt + 1 + tagNameAt(xml, lt).length;
  for (;;) {
    const m = re.exec(xml);
    if (!m || m.index > gt) break;
    out[m[1]] = unescapeXml(m[3] ?? m[4] ?? "");
  }
  return out;
}

/**
 * The value of one attribute of the start tag occupying [lt, gt], unescaped; undefined when absent.
 * The hot path of sheet reading: no regex, no object per tag.
 */
export function attrAt(xml: string, lt: number, gt: number, name: string): string | undefined {
  // Search inside the tag only: an indexOf over the rest of a 100 MB sheet per tag would be quadratic.
  const tag = xml.slice(lt, gt + 1);
  let i = 1;
  for (;;) {
    i = tag.indexOf(name, i);
    if (i < 0) return undefined;
    const before = tag.charCodeAt(i - 1);
    let j = i + name.length;
    i = j;
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    while (tag.charCodeAt(j) === 32) j++;
    if (tag.charCodeAt(j) !== 61) continue;
    j++;
    while (tag.charCodeAt(j) === 32) j++;
    const quote = tag.charCodeAt(j);
    if (quote !== 34 && quote !== 39) continue;
    const close = tag.indexOf(quote === 34 ? '"' : "'", j + 1);
    if (close < 0) return undefined;
    const value = tag.slice(j + 1, close);
    return value.indexOf("&") < 0 ? value : unescapeXml(value);
  }
}

/** The value of attribute `name` in a start-tag string, or undefined. */
export function attrOf(tag: string, name: string): string | undefined {
  return parseAttrs(tag, 0, tag.length - 1)[name];
}

/** A start tag with `name` set to `value` (replaced in place, or added before the tag's end). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const quoted = `"${escapeXmlAttr(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_, head: string) => head + quoted);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}=${quoted}${tag.slice(close)}`;
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** Skips a comment, processing instruction or CDATA section at `lt`; returns the index after it, or -1. */
function skipSpecial(xml: string, lt: number): number {
  const c = xml.charCodeAt(lt + 1);
  if (c === 63) return closeOf(xml, lt, "?>");
  if (c === 33) {
    if (xml.startsWith("<!--", lt)) return closeOf(xml, lt, "-->");
    if (xml.startsWith("<![CDATA[", lt)) return closeOf(xml, lt, "]]>");
    throw malformed("a declaration inside the document");
  }
  return -1;
}

function closeOf(xml: string, lt: number, close: string): number {
  const end = xml.indexOf(close, lt);
  if (end < 0) throw malformed(`an unterminated "${close}" section`);
  return end + close.length;
}

/** The direct child elements of [from, to), in order. */
export function childElements(xml: string, from: number, to: number): ElementSpan[] {
  const out: ElementSpan[] = [];
  let p = from;
  while (p < to) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= to) break;
    const skipped = skipSpecial(xml, lt);
    if (skipped >= 0) {
      p = skipped;
      continue;
    }
    const span = elementAt(xml, lt);
    out.push(span);
    p = span.end;
  }
  return out;
}

/** The element whose start tag begins at `lt`, with its matching end tag found by nesting depth. */
export function elementAt(xml: string, lt: number): ElementSpan {
  const name = tagNameAt(xml, lt);
  const gt = tagEnd(xml, lt);
  if (xml.charCodeAt(gt - 1) === 47) return { name, start: lt, contentStart: gt + 1, contentEnd: gt + 1, end: gt + 1, selfClosing: true };
  let depth = 1;
  let p = gt + 1;
  while (depth > 0) {
    const next = xml.indexOf("<", p);
    if (next < 0) throw malformed(`an unclosed <${name}>`);
    const skipped = skipSpecial(xml, next);
    if (skipped >= 0) {
      p = skipped;
      continue;
    }
    const end = tagEnd(xml, next);
    const closing = xml.charCodeAt(next + 1) === 47;
    if (closing) {
      depth--;
      if (depth === 0) {
        if (tagNameAt(xml, next) !== name) throw malformed(`<${name}> closed by </${tagNameAt(xml, next)}>`);
        return { name, start: lt, contentStart: gt + 1, contentEnd: next, end: end + 1, selfClosing: false };
      }
    } else if (xml.charCodeAt(end - 1) !== 47) depth++;
    p = end + 1;
  }
  throw malformed(`an unclosed <${name}>`);
}

/** The document's root element (after the prolog). */
export function rootElement(xml: string): ElementSpan {
  let p = 0;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0) throw malformed("no root element");
    const skipped = skipSpecial(xml, lt);
    if (skipped < 0) return elementAt(xml, lt);
    p = skipped;
  }
}

/** First direct child of `parent` with local name `local`. */
export function childByName(xml: string, parent: ElementSpan, local: string): ElementSpan | undefined {
  return childElements(xml, parent.contentStart, parent.contentEnd).find((c) => localName(c.name) === local);
}

/** Plain text inside an element (text and CDATA of all descendants, in order), unescaped. */
export function textContent(xml: string, from: number, to: number): string {
  let out = "";
  let p = from;
  while (p < to) {
    const lt = xml.indexOf("<", p);
    const stop = lt < 0 || lt > to ? to : lt;
    if (stop > p) out += unescapeXml(xml.slice(p, stop));
    if (stop === to) break;
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end < 0) throw malformed("an unterminated CDATA section");
      out += xml.slice(lt + 9, end);
      p = end + 3;
    } else p = tagEnd(xml, lt) + 1;
  }
  return out;
}
