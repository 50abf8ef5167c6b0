// A formula saved without its result (a program wrote the file; Excel computes formulas only when it opens one)
// reads as empty, and the grid lists its cell so the reason can say so. A formula whose result is an empty text
// was calculated: it is not listed.
import { describe, expect, it } from "vitest";
import { readGrid } from "../../../src/hosts/xlsx/sheet-read";
import { MINIMAL_STYLES, StyleBook } from "../../../src/hosts/xlsx/styles-book";

const sheet = (rows: string, prefix = "") => {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}` : "xmlns";
  return `<?xml version="1.0"?><${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;
};
const read = (xml: string) => readGrid("Data", xml, [], new StyleBook(MINIMAL_STYLES));

describe("formulas without a stored result", () => {
  it("lists a formula cell with no <v>, a shared-formula child too, in sheet coordinates", () => {
    const grid = read(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f></c></row>' +
          '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f></c></row>' +
          '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/></c><c r="C3"><v>9</v></c></row>',
      ),
    );
    expect(grid.formulasWithoutValue).toEqual([
      { row: 0, col: 1 },
      { row: 1, col: 1 },
      { row: 2, col: 1 },
    ]);
    expect(grid.values.map((r) => r[1])).toEqual([null, null, null]);
  });

  it("does not list a calculated formula, even one whose result is an empty text, nor a plain empty cell", () => {
    const grid = read(
      sheet(
        '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>""</f><v></v></c><c r="C1" s="0"></c><c r="D1"><v>4</v></c></row>',
      ),
    );
    expect(grid.formulasWithoutValue).toBeUndefined();
    expect(grid.values[0]).toEqual([2, null, null, 4]);
  });

  it("reads prefixed elements (x:f, x:v) the same way, and never takes <font>-like names for <f>", () => {
    const grid = read(sheet('<x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c><x:c r="B1"><x:f>A1</x:f></x:c><x:c r="C1"><x:v>6</x:v></x:c></x:row>', "x"));
    expect(grid.formulasWithoutValue).toEqual([{ row: 0, col: 1 }]);
  });
});
