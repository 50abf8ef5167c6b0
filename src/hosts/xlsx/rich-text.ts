import { localName, tagEnd, tagNameAt, textContent } from "./xml-scan";
import { decodeOoxmlEscapes, malformed } from "./xml-text";

/**
 * The text of a string item (<si> or <is>) in [from, to): plain <t>, or the <t> of every rich-text run.
 * Phonetic runs (<rPh>) are reading aids, not part of the value.
 */
export function richText(xml: string, from: number, to: number): string {
  let out = "";
  let p = from;
  for (;;) {
    const lt = nextStartTag(xml, p, to);
    if (lt < 0) break;
    const name = tagNameAt(xml, lt);
    const gt = tagEnd(xml, lt);
    const local = localName(name);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if (!selfClosing && (local === "t" || local === "rPh")) {
      const close = xml.indexOf(`</${name}>`, gt);
      if (close < 0 || close > to) throw malformed(`an unclosed <${name}>`);
      if (local === "t") out += textContent(xml, gt + 1, close);
      p = close + name.length + 3;
    } else p = gt + 1;
  }
  return decodeOoxmlEscapes(out);
}

/** Every <si> of sharedStrings.xml, in order. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let p = 0;
  for (;;) {
    const lt = nextStartTag(xml, p, xml.length);
    if (lt < 0) break;
    const name = tagNameAt(xml, lt);
    const gt = tagEnd(xml, lt);
    if (localName(name) === "si") {
      if (xml.charCodeAt(gt - 1) === 47) {
        out.push("");
        p = gt + 1;
        continue;
      }
      const close = xml.indexOf(`</${name}>`, gt);
      if (close < 0) throw malformed("an unclosed <si>");
      out.push(richText(xml, gt + 1, close));
      p = close + name.length + 3;
    } else p = gt + 1;
  }
  return out;
}

/** Index of the next "<" in [from, to) that is not "</", "<?" or "<!": a start tag; -1 if none. */
function nextStartTag(xml: string, from: number, to: number): number {
  for (let lt = xml.indexOf("<", from); lt >= 0 && lt < to; lt = xml.indexOf("<", lt + 2)) {
    const c = xml.charCodeAt(lt + 1);
    if (c !== 47 && c !== 63 && c !== 33) return lt;
  }
  return -1;
}
