import { describe, expect, it } from "vitest";
import { asRowBlock, blockCell, blockHeight, blockRow, blockWidth, isColumnBlock } from "../../../src/grid/block";
import type { Block, ColumnBlock } from "../../../src/grid/types";

const byColumn: ColumnBlock = {
  sheet: "S",
  row: 3,
  col: 2,
  head: [["Judul", null], ["A", "B"]],
  columns: [Float64Array.of(1, NaN, 3), ["x", null, "=teks"]],
  formats: [{ row: 0, col: 0, rows: 1, cols: 2, style: { bold: true } }],
};
const byRow: Block = {
  sheet: "S",
  row: 3,
  col: 2,
  values: [["Judul", null], ["A", "B"], [1, "x"], [null, null], [3, "=teks"]],
  formats: [{ row: 0, col: 0, rows: 1, cols: 2, style: { bold: true } }],
};

describe("a block given by column reads as the same cells as by row", () => {
  it("has the head rows on top of the body rows", () => {
    expect(isColumnBlock(byColumn)).toBe(true);
    expect(isColumnBlock(byRow)).toBe(false);
    expect(blockHeight(byColumn)).toBe(5);
    expect(blockWidth(byColumn)).toBe(2);
    expect(blockRow(byColumn, 1)).toEqual(["A", "B"]);
  });

  it("reads NaN in a number column and null in a text column as empty cells", () => {
    expect(blockCell(byColumn, 3, 0)).toBeNull();
    expect(blockCell(byColumn, 3, 1)).toBeNull();
    expect(blockCell(byColumn, 4, 1)).toBe("=teks");
    expect(blockCell(byColumn, 2, 5)).toBeNull();
  });

  it("turns into the equal row block, formats kept", () => {
    expect(asRowBlock(byColumn)).toEqual(byRow);
    expect(asRowBlock(byRow)).toBe(byRow);
  });

  it("a column block without body rows is its head alone", () => {
    const headOnly: ColumnBlock = { sheet: "S", row: 0, col: 0, head: [["A", "B", "C"]], columns: [new Float64Array(0), []] };
    expect(blockHeight(headOnly)).toBe(1);
    expect(blockWidth(headOnly)).toBe(3);
    expect(asRowBlock(headOnly).values).toEqual([["A", "B", "C"]]);
  });
});
