import { describe, expect, it } from "vitest";
import { StyleBook } from "../../../src/hosts/xlsx/styles-book";

const STYLES =
  '<styleSheet xmlns="m"><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0"/></cellXfs><dxfs count="0"/></styleSheet>';

describe("styles-book: Talenta appends styles, existing indices never move", () => {
  it("reads built-in and custom number formats by cell style", () => {
    const book = new StyleBook(STYLES);
    expect(book.formatCode(1)).toBe("0.00%");
    expect(book.formatCode(0)).toBe("General");
    expect(book.formatCode(99)).toBe("General");
  });

  it("appends a font, a fill and a cell style after the existing ones, with counts updated", () => {
    const book = new StyleBook(STYLES);
    expect(book.styleIndex({ bold: true, fill: "FFEE00", numberFormat: "0.000" })).toBe(2);
    const xml = book.toString();
    expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><fonts count="2">');
    expect(xml).toContain('<font><b/><sz val="10"/><name val="Arial"/></font></fonts>');
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<cellXfs count="3">');
    expect(xml).toContain('<xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/></cellXfs>');
    expect(book.formatCode(2)).toBe("0.000");
  });

  it("reuses an identical style, including one written by an earlier run", () => {
    const book = new StyleBook(STYLES);
    const i = book.styleIndex({ hAlign: "center", numberFormat: "0%" });
    expect(book.styleIndex({ numberFormat: "0%", hAlign: "center" })).toBe(i);
    const again = new StyleBook(book.toString());
    expect(again.styleIndex({ hAlign: "center", numberFormat: "0%" })).toBe(i);
    expect(again.changed).toBe(false);
  });

  it("gives style 0 for an empty style and uses built-in ids for built-in formats", () => {
    const book = new StyleBook(STYLES);
    expect(book.styleIndex({})).toBe(0);
    expect(book.changed).toBe(false);
    book.styleIndex({ numberFormat: "@" });
    expect(book.toString()).toContain('<xf numFmtId="49"');
    expect(book.toString()).not.toContain("<numFmts");
  });
});
