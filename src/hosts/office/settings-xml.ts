// Talenta's record in the workbook: one custom XML part in its own namespace whose root element holds
// the settings text (JSON, written by app/) as escaped character data. Pure.
export const SETTINGS_NAMESPACE = "urn:talenta:settings:v1";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function encodeSettingsXml(text: string): string {
  // XML 1.0 cannot carry most control characters even escaped; the settings are JSON, which escapes them.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) throw new TypeError("settings text holds control characters");
  const body = text.replace(/[&<>"]/g, (c) => ESCAPES[c]).replace(/\r/g, "&#13;");
  return `<?xml version="1.0" encoding="UTF-8"?><talenta xmlns="${SETTINGS_NAMESPACE}">${body}</talenta>`;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of the root element; undefined when the part is not Talenta's. Accepts CDATA and a prefix. */
export function decodeSettingsXml(xml: string): string | undefined {
  const root = /<(?:([\w.-]+):)?talenta\b([^>]*?)(\/?)>/.exec(xml);
  if (!root || !root[2].includes(SETTINGS_NAMESPACE)) return undefined;
  if (root[3] === "/") return "";
  const close = root[1] ? `</${root[1]}:talenta>` : "</talenta>";
  const end = xml.lastIndexOf(close);
  if (end < 0) return undefined;
  const inner = xml.slice(root.index + root[0].length, end);
  return inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_m, cdata: string | undefined, ent: string | undefined) => {
    if (cdata !== undefined) return cdata;
    const e = ent as string;
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return NAMED[e] ?? `&${e};`;
  });
}
