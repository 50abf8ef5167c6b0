// Review (generator quirks): .NET writers that serialise with Encoding.Unicode store a part as UTF-16 with a byte
// order mark and `<?xml version="1.0" encoding="utf-16"?>`. Talenta reads it (decodeXmlBytes honours the BOM), but
// writes the edited sheet back as UTF-8 without a BOM while its declaration still says utf-16: LibreOffice then
// cannot load the output at all (the input opens), and Excel's parser, told the bytes are UTF-16, cannot either.
// Expected: every XML part Talenta writes says the encoding its bytes are in (re-encode, or rewrite the
// declaration), and the user's cells and the results still read back.
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyAndReread } from "./classify-and-reread";
import { fixtureBytes } from "../hosts/fixture-files";

const SHEET_PART = "xl/worksheets/sheet1.xml";

function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 + 2 * text.length);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** What the bytes are (a UTF-16 byte order mark, else UTF-8) and what the XML declaration claims (UTF-8 if none). */
function encodings(bytes: Uint8Array): { actual: string; declared: string } {
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = bom16 ? new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes.subarray(0, 400)) : new TextDecoder().decode(bytes.subarray(0, 200));
  const declared = /^\uFEFF?<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1] ?? "utf-8";
  return { actual: bom16 ? "utf-16" : "utf-8", declared: declared.toLowerCase().replace(/^(utf-16)(le|be)$/, "$1") };
}

describe("review (quirk): a worksheet part stored as UTF-16", () => {
  it("is saved with an encoding declaration that matches its bytes, and reads back as the UTF-8 workbook does", async () => {
    const plain = fixtureBytes("pemetaan-administrator-2025.xlsx");
    const files = unzipSync(plain);
    const sheet = new TextDecoder().decode(files[SHEET_PART]);
    files[SHEET_PART] = utf16le(`<?xml version="1.0" encoding="utf-16"?>${sheet}`);
    expect(encodings(files[SHEET_PART])).toEqual({ actual: "utf-16", declared: "utf-16" });

    const reference = await classifyAndReread(plain);
    const quirk = await classifyAndReread(zipSync(files));
    const out = unzipSync(quirk.saved);
    for (const [name, data] of Object.entries(out)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const { actual, declared } = encodings(data);
      expect(declared, `${name}: declared vs actual encoding`).toBe(actual);
    }
    expect(quirk.grid.values).toEqual(reference.grid.values);
  });
});
