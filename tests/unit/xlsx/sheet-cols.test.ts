// Column widths of Talenta's result columns on a user's sheet (ECMA-376 §18.3.1.13 <col>, ooxml.md: <cols>
// after sheetFormatPr, before sheetData; ranges ascending, not overlapping). Only the given columns change.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SheetEdits } from "../../../src/hosts/xlsx/cell-edits";
import { fileColumnWidth, withColumnWidths } from "../../../src/hosts/xlsx/sheet-cols";
import { spliceSheet } from "../../../src/hosts/xlsx/sheet-splice";
import { XlsxHost } from "../../../src/hosts/xlsx";
import { generateWorkbook } from "../../../src/hosts/xlsx/generate";

const VIEWS = '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
const sheet = (cols: string) =>
  `<worksheet xmlns="m"><dimension ref="A1:B2"/>${VIEWS}${cols}<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><pageMargins left="0.7"/></worksheet>`;

/** Each column 1-based → its <col> start tag, from the text. */
function colsOf(xml: string): { min: number; max: number; tag: string }[] {
  return [...xml.matchAll(/<(?:\w+:)?col\s[^>]*>/g)].map((m) => ({ min: Number(/min="(\d+)"/.exec(m[0])![1]), max: Number(/max="(\d+)"/.exec(m[0])![1]), tag: m[0] }));
}

function expectOrdered(xml: string): void {
  const cols = colsOf(xml);
  for (let i = 1; i < cols.length; i++) expect(cols[i].min, xml).toBeGreaterThan(cols[i - 1].max);
  for (const c of cols) expect(c.max).toBeGreaterThanOrEqual(c.min);
}

const widths = (entries: [number, number][]) => new Map(entries);

describe("sheet-cols: Talenta's column widths on the user's sheet", () => {
  it("converts characters as Excel's width box shows them to the file's width with padding", () => {
    expect(fileColumnWidth(8.43)).toBe(9.140625);
    expect(fileColumnWidth(17)).toBeCloseTo(17 + 5 / 7, 2);
  });

  it("without <cols>, makes one after sheetFormatPr, just before sheetData, with one <col> per column", () => {
    const e = new SheetEdits();
    e.set(0, 2, { kind: "set", value: "x", style: 0 });
    e.widths.set(2, 17).set(3, 60);
    const { xml } = spliceSheet(sheet(""), e);
    expect(xml).toContain(`${VIEWS}<cols><col min="3" max="3" width="${fileColumnWidth(17)}" customWidth="1"/><col min="4" max="4" width="${fileColumnWidth(60)}" customWidth="1"/></cols><sheetData>`);
  });

  it("splits a user's range over the result columns: outside them every attribute stays, inside only the width changes", () => {
    const before = `<cols><col min="1" max="30" width="12" style="3" customWidth="1"/><col min="31" max="31" width="4" hidden="1"/></cols>`;
    const out = withColumnWidths(sheet(before).split("<sheetData>")[0], "", widths([[10, 17], [11, 19], [13, 60]]));
    expectOrdered(out);
    expect(colsOf(out).map((c) => c.tag)).toEqual([
      '<col min="1" max="10" width="12" style="3" customWidth="1"/>',
      `<col min="11" max="11" width="${fileColumnWidth(17)}" style="3" customWidth="1"/>`,
      `<col min="12" max="12" width="${fileColumnWidth(19)}" style="3" customWidth="1"/>`,
      '<col min="13" max="13" width="12" style="3" customWidth="1"/>',
      `<col min="14" max="14" width="${fileColumnWidth(60)}" style="3" customWidth="1"/>`,
      '<col min="15" max="30" width="12" style="3" customWidth="1"/>',
      '<col min="31" max="31" width="4" hidden="1"/>',
    ]);
  });

  it("keeps ranges that do not touch the result columns byte for byte and puts the new ones in order", () => {
    const before = `<cols><col min="1" max="2" width="5.5" customWidth="1" bestFit="1"/><col min="20" max="22" width="3"/></cols>`;
    const out = withColumnWidths(before, "", widths([[4, 11], [5, 7]]));
    expect(out).toBe(`<cols><col min="1" max="2" width="5.5" customWidth="1" bestFit="1"/><col min="5" max="5" width="${fileColumnWidth(11)}" customWidth="1"/><col min="6" max="6" width="${fileColumnWidth(7)}" customWidth="1"/><col min="20" max="22" width="3"/></cols>`);
  });

  it("a second application of the same widths gives the same text; other widths replace them", () => {
    const before = `<x:cols><x:col min="1" max="30" width="12" style="3" bestFit="1"/></x:cols>`;
    const w = widths([[10, 17], [19, 60]]);
    const once = withColumnWidths(before, "x:", w);
    expect(withColumnWidths(once, "x:", w)).toBe(once);
    expect(once).not.toContain("bestFit=\"1\" min=\"11\"");
    const english = withColumnWidths(once, "x:", widths([[10, 22], [19, 55]]));
    expect(english).toBe(withColumnWidths(before, "x:", widths([[10, 22], [19, 55]])));
    expect(colsOf(english).filter((c) => c.min === 11)[0].tag).toBe(`<x:col min="11" max="11" width="${fileColumnWidth(22)}" style="3" customWidth="1"/>`);
  });

  it("fills a self-closing <cols/>, and changes nothing without widths", () => {
    expect(withColumnWidths("<cols/>", "", widths([[0, 9]]))).toBe(`<cols><col min="1" max="1" width="${fileColumnWidth(9)}" customWidth="1"/></cols>`);
    expect(withColumnWidths(sheet("<cols><col min=\"1\" max=\"3\" width=\"9\"/></cols>"), "", new Map())).toBe(sheet("<cols><col min=\"1\" max=\"3\" width=\"9\"/></cols>"));
  });

  it("a re-run through the package host saves the same bytes for the sheet; the user's <col> outside stays", async () => {
    const files = unzipSync(generateWorkbook([["NIP", "Nama"], ["1", "Ani"]]));
    const name = "xl/worksheets/sheet1.xml";
    const user = '<cols><col min="1" max="30" width="12" style="0" customWidth="1"/></cols>';
    files[name] = strToU8(strFromU8(files[name]).replace("<sheetData", `${user}<sheetData`));
    const run = async (bytes: Uint8Array, width: number) => {
      const host = XlsxHost.open(bytes);
      const sheetName = (await host.listSheets())[0].name;
      await host.readUsedGrid(sheetName);
      await host.writeBlock({ sheet: sheetName, row: 0, col: 2, values: [["Kotak"], [5]], widths: [width] });
      return host.save();
    };
    const first = await run(zipSync(files), 7);
    const second = await run(first, 7);
    const sheetOf = (b: Uint8Array) => strFromU8(unzipSync(b)[name]);
    expect(sheetOf(second)).toBe(sheetOf(first));
    expect(colsOf(sheetOf(first)).map((c) => c.tag)).toEqual([
      '<col min="1" max="2" width="12" style="0" customWidth="1"/>',
      `<col min="3" max="3" width="${fileColumnWidth(7)}" style="0" customWidth="1"/>`,
      '<col min="4" max="30" width="12" style="0" customWidth="1"/>',
    ]);
    expect(colsOf(sheetOf(await run(first, 9))).find((c) => c.min === 3)!.tag).toContain(`width="${fileColumnWidth(9)}"`);
  });
});

describe("sheet-cols: what the user set around Talenta's columns", () => {
  const before = (cols: string) => `<worksheet xmlns="m">${VIEWS}${cols}`;

  it("does not hide the results when a template hides every column past its data", () => {
    const out = withColumnWidths(before('<cols><col min="16" max="16384" width="9" hidden="1"/></cols>'), "", widths([[15, 20], [16, 7]]));
    const result = colsOf(out).filter((c) => c.min >= 16 && c.max <= 17);
    expect(result.map((c) => c.tag)).toHaveLength(2);
    for (const c of result) expect(c.tag).not.toMatch(/hidden/);
    // The columns beyond keep their setting.
    expect(colsOf(out).find((c) => c.min === 18)?.tag).toMatch(/hidden="1"/);
  });

  it("keeps a hidden state the user gave one of Talenta's own columns", () => {
    const out = withColumnWidths(before('<cols><col min="16" max="16" width="9" hidden="1"/></cols>'), "", widths([[15, 20], [16, 7]]));
    expect(colsOf(out).find((c) => c.min === 16)?.tag).toMatch(/hidden="1"/);
  });

  it("leaves a <cols> group it has nothing to do with byte for byte, and drops one it emptied", () => {
    const other = '<cols><!-- user --><col min="1" max="2" width="30" customWidth="1"/></cols>';
    const kept = withColumnWidths(before(`${other}<cols><col min="20" max="20" width="9"/></cols>`), "", widths([[15, 20]]));
    expect(kept).toContain(other);
    const emptied = withColumnWidths(before('<cols><col min="12" max="12" width="9"/></cols><cols><col min="1" max="1" width="9"/></cols>'), "", widths([[10, 20], [11, 20]]));
    expect(emptied).not.toMatch(/<cols><\/cols>/);
    expect(colsOf(emptied).map((c) => c.min)).toEqual([1, 11, 12]);
  });

  it("never writes a width above Excel's 255", () => expect(fileColumnWidth(255)).toBeLessThanOrEqual(255));
});
