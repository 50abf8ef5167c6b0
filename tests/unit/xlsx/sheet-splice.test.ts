import { describe, expect, it } from "vitest";
import { SheetEdits } from "../../../src/hosts/xlsx/cell-edits";
import { spliceSheet, streamSplice } from "../../../src/hosts/xlsx/sheet-splice";
import { CHUNK_CHARS } from "../../../src/hosts/xlsx/cell-writer";

const SHEET =
  '<worksheet xmlns="m"><dimension ref="A1:B2"/><sheetData>' +
  '<row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>7</v></c></row>' +
  '<row r="3"><c r="A3"><f>A1</f><v>1</v></c></row>' +
  "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>";

describe("sheet-splice: only Talenta's cells change in the user's sheet", () => {
  it("inserts a cell at its column's place and keeps the row's other cells byte for byte", () => {
    const e = new SheetEdits();
    e.set(0, 1, { kind: "set", value: "x", style: 2 });
    const { xml } = spliceSheet(SHEET, e);
    expect(xml).toContain('<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2" t="inlineStr"><is><t>x</t></is></c><c r="C1"><v>7</v></c></row>');
    expect(xml).toContain('<row r="3"><c r="A3"><f>A1</f><v>1</v></c></row>');
    expect(xml).toContain('<dimension ref="A1:C3"/>');
    expect(xml.endsWith('</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>')).toBe(true);
  });

  it("adds new rows in order between existing ones", () => {
    const e = new SheetEdits();
    e.set(1, 3, { kind: "set", value: 5, style: 0 });
    e.set(9, 0, { kind: "set", value: true, style: 0 });
    const { xml } = spliceSheet(SHEET, e);
    expect(xml).toContain('</row><row r="2"><c r="D2"><v>5</v></c></row><row r="3">');
    expect(xml).toContain('<row r="10"><c r="A10" t="b"><v>1</v></c></row></sheetData>');
    expect(xml).toContain('<dimension ref="A1:D10"/>');
  });

  it("clears a rectangle, reports a removed formula, and drops a row left bare", () => {
    const e = new SheetEdits();
    e.clearRect({ row: 2, col: 0, rows: 1, cols: 1 });
    const result = spliceSheet(SHEET, e);
    expect(result.removedFormula).toBe(true);
    expect(result.xml).not.toContain('<row r="3"');
    expect(result.xml).toContain('<dimension ref="A1:C1"/>');
  });

  it("a write after a clear wins; a clear outside the rectangle's edge keeps the cell (boundary)", () => {
    const e = new SheetEdits();
    e.clearRect({ row: 0, col: 0, rows: 1, cols: 2 });
    e.set(0, 0, { kind: "set", value: "baru", style: 0 });
    const { xml, removedFormula } = spliceSheet(SHEET, e);
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t>baru</t></is></c><c r="C1"><v>7</v></c>');
    expect(removedFormula).toBe(false);
  });

  it("expands an empty <sheetData/> and uses the sheet's namespace prefix", () => {
    const e = new SheetEdits();
    e.set(0, 0, { kind: "set", value: 1, style: 0 });
    const { xml } = spliceSheet('<x:worksheet xmlns:x="m"><x:dimension ref="A1"/><x:sheetData/></x:worksheet>', e);
    expect(xml).toBe('<x:worksheet xmlns:x="m"><x:dimension ref="A1"/><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>');
  });
});

describe("sheet-splice streamed for saving: the same sheet, built only while it is written", () => {
  const cases: [string, string, (e: SheetEdits) => void][] = [
    ["a cell inserted at its column's place", SHEET, (e) => e.set(0, 1, { kind: "set", value: "x", style: 2 })],
    ["new rows between and after existing ones", SHEET, (e) => (e.set(1, 3, { kind: "set", value: 5, style: 0 }), e.set(9, 0, { kind: "set", value: true, style: 0 }))],
    ["cells appended right of every existing one", SHEET, (e) => (e.set(0, 5, { kind: "set", value: 1.5, style: 0 }), e.set(2, 1, { kind: "set", value: "y", style: 3 }))],
    ["a cleared formula cell", SHEET, (e) => e.clearRect({ row: 2, col: 0, rows: 1, cols: 1 })],
    ["an empty prefixed <sheetData/>", '<x:worksheet xmlns:x="m"><x:dimension ref="A1"/><x:sheetData/></x:worksheet>', (e) => e.set(0, 0, { kind: "set", value: 1, style: 0 })],
  ];
  for (const [what, sheet, edit] of cases) {
    it(`gives the spliced sheet's exact text and formula flag for ${what}`, () => {
      const e = new SheetEdits();
      edit(e);
      const whole = spliceSheet(sheet, e);
      const streamed = streamSplice(sheet, e);
      expect(streamed.removedFormula).toBe(whole.removedFormula);
      expect([...streamed.pieces].join("")).toBe(whole.xml);
    });
  }

  it("writes the <dimension> learned from every row before the first row (A1:F10 here)", () => {
    const e = new SheetEdits();
    e.set(0, 5, { kind: "set", value: 1, style: 0 });
    e.set(9, 0, { kind: "set", value: 2, style: 0 });
    const [first] = streamSplice(SHEET, e).pieces;
    expect(first).toBe('<worksheet xmlns="m"><dimension ref="A1:F10"/><sheetData>');
  });

  it("streams many new rows after the last existing one in bounded chunks, each ready before the next rows are built", () => {
    const e = new SheetEdits();
    const rows = 20_000;
    for (let r = 3; r < 3 + rows; r++) e.putRow(r, 0, [r, "Menengah"], () => 0);
    const built: number[] = [];
    const row = e.row.bind(e);
    e.row = (r: number) => (built.push(r), row(r));
    const sizes: number[] = [];
    let rowsBuiltAtFirstChunk = -1;
    for (const piece of streamSplice(SHEET, e).pieces) {
      if (piece.includes('<row r="4">') && rowsBuiltAtFirstChunk < 0) rowsBuiltAtFirstChunk = built.length;
      sizes.push(piece.length);
    }
    expect(Math.max(...sizes)).toBeLessThan(2 * CHUNK_CHARS);
    // The dry walk reads every row once; the writing walk had read only part of them when the first chunk went.
    expect(rowsBuiltAtFirstChunk).toBeLessThan(rows + rows / 2);
  });
});
