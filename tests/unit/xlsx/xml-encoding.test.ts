// XML parts in the encodings generators use (XML 1.0 appendix F): read in their own encoding, and a part Talenta
// writes again (always UTF-8) declares UTF-8. Expected texts are written by hand.
import { describe, expect, it } from "vitest";
import { WorkbookReadError } from "../../../src/hosts/xlsx/errors";
import { decodeXmlBytes, encodingOf, refuseDtd } from "../../../src/hosts/xlsx/xml-text";

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf16 = (s: string, bom: boolean, big = false) => {
  const out: number[] = bom ? (big ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const c of s) out.push(...(big ? [0, c.charCodeAt(0)] : [c.charCodeAt(0), 0]));
  return Uint8Array.from(out);
};

describe("XML part encodings", () => {
  it("reads a part declared ISO-8859-1 in that encoding, and declares UTF-8 in the text", () => {
    const bytes = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>Jos\u00e9</t>');
    expect(encodingOf(bytes)).toBe("windows-1252");
    expect(decodeXmlBytes(bytes)).toBe('<?xml version="1.0" encoding="UTF-8"?><t>Jos\u00e9</t>');
  });

  it("reads UTF-16 with a byte order mark, either byte order, and without one by the first character's zero byte", () => {
    const xml = "<?xml version='1.0' encoding='utf-16'?><t>NIP</t>";
    const expected = "<?xml version='1.0' encoding='UTF-8'?><t>NIP</t>";
    expect(decodeXmlBytes(utf16(xml, true))).toBe(expected);
    expect(decodeXmlBytes(utf16(xml, true, true))).toBe(expected);
    expect(decodeXmlBytes(utf16(xml, false))).toBe(expected);
    expect(decodeXmlBytes(utf16(xml, false, true))).toBe(expected);
  });

  it("takes a declared UTF-16 over bytes that are not for UTF-8, and an unknown label for UTF-8", () => {
    expect(decodeXmlBytes(new TextEncoder().encode('<?xml version="1.0" encoding="utf-16"?><t>\u00e9</t>'))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><t>\u00e9</t>',
    );
    expect(encodingOf(latin1('<?xml version="1.0" encoding="x-no-such"?><t/>'))).toBe("utf-8");
  });

  it("leaves a UTF-8 part's text as it is (declaration, none, or a byte order mark dropped)", () => {
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><t>\u00e9</t>';
    expect(decodeXmlBytes(new TextEncoder().encode(xml))).toBe(xml);
    expect(decodeXmlBytes(new TextEncoder().encode("\uFEFF<t/>"))).toBe("<t/>");
  });

  it("refuses a DTD in a UTF-16 part without a byte order mark too", () => {
    const bytes = utf16('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>', false);
    expect(() => refuseDtd(bytes, "xl/workbook.xml")).toThrow(WorkbookReadError);
  });
});
