import { describe, expect, it } from "vitest";
import type { CellStyle, FormatRange } from "../../../src/grid/types";
import { styleResolver } from "../../../src/hosts/xlsx/style-resolver";

/** Each distinct merged style gets the next index, as a style book appends. */
function book() {
  const seen: string[] = [];
  return {
    seen,
    indexOf: (s: CellStyle) => {
      const key = JSON.stringify(Object.entries(s).sort());
      const at = seen.indexOf(key);
      return at >= 0 ? at + 1 : seen.push(key);
    },
  };
}

describe("writeBlock formats: the merged style of the ranges covering a cell", () => {
  it("later ranges win, uncovered cells get style 0, and each distinct set is merged once", () => {
    const formats: FormatRange[] = [
      { row: 0, col: 0, rows: 2, cols: 3, style: { bold: true, fill: "FFFFFF" } },
      { row: 1, col: 1, rows: 1, cols: 1, style: { fill: "000000" } },
    ];
    const b = book();
    const at = styleResolver(formats, b.indexOf);
    const grid = [0, 1, 2].map((r) => [0, 1, 2, 3].map((c) => at(r, c)));
    expect(grid).toEqual([
      [1, 1, 1, 0],
      [1, 2, 1, 0],
      [0, 0, 0, 0],
    ]);
    expect(b.seen).toEqual([JSON.stringify([["bold", true], ["fill", "FFFFFF"]]), JSON.stringify([["bold", true], ["fill", "000000"]])]);
  });

  it("answers again for an earlier row (the restyle pass goes back up)", () => {
    const at = styleResolver([{ row: 0, col: 0, rows: 1, cols: 1, style: { italic: true } }], book().indexOf);
    expect([at(0, 0), at(5, 0), at(0, 0), at(0, 1)]).toEqual([1, 0, 1, 0]);
  });

  it("resolves 100,000 one-row ranges over 100,000 rows in linear time", () => {
    const formats: FormatRange[] = Array.from({ length: 100_000 }, (_, r) => ({ row: r, col: 0, rows: 1, cols: 2, style: { bold: r % 2 === 0 } }));
    const at = styleResolver(formats, book().indexOf);
    const t = performance.now();
    let sum = 0;
    for (let r = 0; r < 100_000; r++) for (let c = 0; c < 3; c++) sum += at(r, c);
    expect(sum).toBe(100_000 * 2 + 50_000 * 2);
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});
