import { WorkbookReadError } from "./errors";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text content or attribute value → string. Only the five predefined and numeric references exist without a DTD. */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw malformed(`an unfinished reference "${whole}"`);
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff)) throw malformed(`an invalid character reference "${whole}"`);
      return String.fromCodePoint(code);
    }
    const value = ENTITIES[ref];
    if (value === undefined) throw malformed(`an undeclared entity "${whole}"`);
    return value;
  });
}

/** SpreadsheetML stores characters XML cannot carry as _xHHHH_ (ECMA-376 ST_Xstring). */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and astral pairs; lone surrogates and U+FFFE/F are out.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(s: string): string {
  return s.replace(INVALID_XML_CHARS, "");
}

export function escapeXmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/** A cell string as SpreadsheetML text: invalid characters removed, a literal "_xHHHH_" protected, escaped. */
export function cellTextXml(s: string): string {
  return escapeXmlText(stripInvalidXmlChars(s).replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"));
}

/**
 * Bytes of an XML part → text, in the encoding the part is in (encodingOf). The text's own declaration then says
 * UTF-8: a part Talenta changes is written in UTF-8, and a declaration must say what the bytes are (a .NET writer's
 * `encoding="utf-16"` kept over UTF-8 bytes made the output unreadable). An untouched part leaves with its own bytes.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  return declaringUtf8(new TextDecoder(encodingOf(bytes)).decode(bytes));
}

/**
 * The encoding of an XML part (XML 1.0, appendix F): UTF-16 by its byte order mark (Office writes custom XML so)
 * or, without one, by the zero byte of its first character; else what the declaration names when it is a
 * single-byte encoding the platform decodes (`ISO-8859-1`, `windows-1252`); else UTF-8. A declared UTF-16 over
 * bytes that are not is taken for the UTF-8 it must be.
 */
export function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return "utf-16le";
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return "utf-16be";
  const label = DECLARED_ENCODING.exec(latin1Head(bytes, 200))?.[1].toLowerCase();
  if (!label || label === "utf-8" || label === "utf8" || /^(utf-?16|utf-?32|ucs)/.test(label)) return "utf-8";
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return "utf-8";
  }
}

const DECLARED_ENCODING = /^(?:\uFEFF|\u00ef\u00bb\u00bf)?<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The text with its XML declaration's encoding set to UTF-8 (unchanged when it says so or names none). */
function declaringUtf8(text: string): string {
  const m = DECLARED_ENCODING.exec(text.length > 200 ? text.slice(0, 200) : text);
  if (!m || /^utf-?8$/i.test(m[1])) return text;
  const at = m[0].length - m[1].length - 1;
  return text.slice(0, at) + "UTF-8" + text.slice(at + m[1].length);
}

const encoder = new TextEncoder();
export function encodeUtf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/**
 * Refuses a part whose prolog declares a DTD: Talenta never expands entities (XXE, entity bombs).
 * Only the prolog is looked at; a DTD cannot appear after the root element starts.
 * @throws WorkbookReadError code "dtd"
 */
export function refuseDtd(bytes: Uint8Array, partName: string): void {
  const text = new TextDecoder(encodingOf(bytes)).decode(bytes.subarray(0, 8192));
  let p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith("\u00ef\u00bb\u00bf")) p = 3;
  for (;;) {
    while (p < text.length && /\s/.test(text[p])) p++;
    if (text.startsWith("<?", p)) {
      const end = text.indexOf("?>", p);
      if (end < 0) return;
      p = end + 2;
    } else if (text.startsWith("<!--", p)) {
      const end = text.indexOf("-->", p);
      if (end < 0) return;
      p = end + 3;
    } else break;
  }
  if (text.startsWith("<!", p)) {
    throw new WorkbookReadError("dtd", `The part "${partName}" declares a DTD (possible entity attack); the workbook was not opened.`);
  }
}

function latin1Head(bytes: Uint8Array, limit: number): string {
  let s = "";
  const n = Math.min(bytes.length, limit);
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

export function malformed(what: string): WorkbookReadError {
  return new WorkbookReadError("malformed", `The workbook contains malformed XML: ${what}.`);
}
