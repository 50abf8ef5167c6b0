// RULES §7 result columns, readable beside the user's data: column widths that hold the headers and values on
// one line, a header that does not wrap, and the block as high as a two-row header (empty cells only).
import { describe, expect, it } from "vitest";
import { KOTAK_INFO } from "../../../src/domain/ninebox";
import type { CellValue, Grid, Rect } from "../../../src/grid/types";
import { buildResultColumns, buildResultHeaderAbove, resultColumnWidths } from "../../../src/report/result-columns";
import { END_COL, HEADER_ROWS, makeInput, many, SHEET } from "./make-report-input";

// RULES §7, typed by hand; the values a column holds, from RULES §2 (levels) and the kotak table.
const HEADERS = {
  id: ["Nilai Kinerja (Y)", "Nilai Potensial (X)", "Kinerja", "Potensial", "Kotak", "Kategori", "Rekomendasi", "Kelompok Rencana Suksesi", "Nilai Talenta", "Catatan Talenta"],
  en: ["Performance score (Y)", "Potential score (X)", "Performance", "Potential", "Box", "Category", "Recommendation", "Succession group", "Talent score", "Talenta notes"],
};
const LEVELS = {
  id: { kinerja: ["Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"], potensial: ["Rendah", "Menengah", "Tinggi"] },
  en: { kinerja: ["Below expectations", "Meets expectations", "Above expectations"], potensial: ["Low", "Medium", "High"] },
};
const longest = (texts: string[]) => Math.max(...texts.map((t) => t.length));

describe("RULES §7 result columns: widths", () => {
  for (const lang of ["id", "en"] as const) {
    it(`gives each of the ten columns a width that holds its header on one line (${lang})`, () => {
      const widths = resultColumnWidths(lang);
      expect(widths).toHaveLength(10);
      // A bold character is about one digit wide: the header plus the cell's padding.
      HEADERS[lang].forEach((h, i) => expect(widths[i], h).toBeGreaterThanOrEqual(h.length + 1));
    });

    it(`holds the longest level, kategori and succession group text, and no column passes 60 characters (${lang})`, () => {
      const widths = resultColumnWidths(lang);
      expect(widths[2]).toBeGreaterThanOrEqual(longest(LEVELS[lang].kinerja));
      expect(widths[3]).toBeGreaterThanOrEqual(longest(LEVELS[lang].potensial));
      const kategori = ([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map((k) => KOTAK_INFO[k].kategori[lang]);
      expect(widths[5]).toBeGreaterThanOrEqual(longest(kategori));
      expect(widths[7]).toBeGreaterThanOrEqual(lang === "id" ? "Kelompok Rencana Suksesi".length : "National".length);
      for (const w of widths) expect(w).toBeLessThanOrEqual(60);
      expect(widths[6]).toBeGreaterThanOrEqual(40);
      expect(widths[9]).toBeGreaterThanOrEqual(40);
    });
  }

  it("puts the widths on the block, one per column whatever the number of rows", () => {
    const small = buildResultColumns(makeInput(many(3, 5, 4)));
    const large = buildResultColumns(makeInput(many(5000, 5, 4), { lang: "en" }));
    expect(small.widths).toEqual(resultColumnWidths("id"));
    expect(large.widths).toEqual(resultColumnWidths("en"));
  });

  it("writes the header on one line, still bold in Talenta's colour with a border", () => {
    const header = buildResultColumns(makeInput(many(3, 5, 4))).formats![0];
    expect(header).toMatchObject({ row: 0, col: 0, rows: 1, cols: 10 });
    expect(header.style).toMatchObject({ wrap: false, bold: true, fontColor: "FFFFFF", border: "thin" });
  });
});

/** A grid of the hand-made sheet: rows 0–9, columns 0–15, empty unless given. */
function grid(cells: [number, number, CellValue][] = [], merges: Rect[] = []): Grid {
  const values: CellValue[][] = Array.from({ length: 10 }, () => new Array<CellValue>(16).fill(null));
  for (const [r, c, v] of cells) values[r][c] = v;
  return { sheet: SHEET, origin: { row: 0, col: 0 }, values, numberFormats: values.map((r) => r.map(() => "General")), merges, hiddenRows: [] };
}

describe("RULES §7 result columns under a two-row header", () => {
  const input = makeInput(many(3, 5, 4));
  const headerFill = buildResultColumns(input).formats![0].style.fill;

  it("fills the result columns' cells in the upper header row like the header, as formats alone (no value written)", () => {
    const blocks = buildResultHeaderAbove({ ...input, grid: grid([[HEADER_ROWS[0], 2, "Nilai"]]) });
    expect(blocks).toHaveLength(1);
    const [b] = blocks;
    expect({ sheet: b.sheet, row: b.row, col: b.col }).toEqual({ sheet: SHEET, row: HEADER_ROWS[0], col: END_COL });
    expect(b.values).toEqual([]);
    expect(b.formats).toEqual([{ row: 0, col: 0, rows: 1, cols: 10, style: expect.objectContaining({ fill: headerFill }) }]);
  });

  it("leaves the upper row alone when a user's cell there holds anything, or a user's merge reaches into it", () => {
    expect(buildResultHeaderAbove({ ...input, grid: grid([[HEADER_ROWS[0], END_COL + 9, "catatan saya"]]) })).toEqual([]);
    expect(buildResultHeaderAbove({ ...input, grid: grid([[HEADER_ROWS[0], END_COL + 3, 0]]) })).toEqual([]);
    expect(buildResultHeaderAbove({ ...input, grid: grid([[HEADER_ROWS[0], END_COL + 4, ""]]) })).toEqual([]);
    expect(buildResultHeaderAbove({ ...input, grid: grid([], [{ row: HEADER_ROWS[0], col: 2, rows: 1, cols: 3 }]) })).toEqual([]);
    // A cell right of the ten columns is not theirs: the fill goes ahead.
    expect(buildResultHeaderAbove({ ...input, grid: grid([[HEADER_ROWS[0], END_COL + 10, "x"]]) })).toHaveLength(1);
  });

  it("adds nothing under a one-row header", () => {
    const one = { ...input, table: { ...input.table, headerRows: [HEADER_ROWS[1]] } };
    expect(buildResultHeaderAbove({ ...one, grid: grid() })).toEqual([]);
  });
});
