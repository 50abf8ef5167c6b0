// Talenta's record in the workbook: one custom XML part in its own namespace whose root element holds
// the settings text (JSON, written by app/) as escaped character data. Both hosts encode and decode it here,
// so a workbook set up on the command line reads back in Excel and the other way round. Pure.
import { SETTINGS_NAMESPACE } from "./host";

export { SETTINGS_NAMESPACE };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function encodeSettingsXml(text: string): string {
  // XML 1.0 cannot carry most control characters even escaped; the settings are JSON, which escapes them.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) throw new TypeError("settings text holds control characters");
  const body = text.replace(/[&<>"]/g, (c) => ESCAPES[c]).replace(/\r/g, "&#13;");
  return `<?xml version="1.0" encoding="UTF-8"?><settings xmlns="${SETTINGS_NAMESPACE}">${body}</settings>`;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of the root element when it is in Talenta's namespace (any element name or prefix); else undefined. */
export function decodeSettingsXml(xml: string): string | undefined {
  const root = /<(?![?!])(?:([\w.-]+):)?([\w.-]+)((?:\s[^>]*?)?)(\/?)>/.exec(xml.replace(/<!--[\s\S]*?-->/g, (c) => " ".repeat(c.length)));
  if (!root) return undefined;
  const [tag, prefix, name, attrs, selfClosing] = root;
  const ns = new RegExp(`\\bxmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*(["'])(.*?)\\1`).exec(attrs)?.[2];
  if (ns !== SETTINGS_NAMESPACE) return undefined;
  if (selfClosing) return "";
  const close = `</${prefix ? `${prefix}:` : ""}${name}>`;
  const end = xml.lastIndexOf(close);
  if (end < 0) return undefined;
  const inner = xml.slice(root.index + tag.length, end);
  return inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_m, cdata: string | undefined, ent: string | undefined) => {
    if (cdata !== undefined) return cdata;
    const e = ent as string;
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return NAMED[e] ?? `&${e};`;
  });
}
