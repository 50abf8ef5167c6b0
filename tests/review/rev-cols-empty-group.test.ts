// Review (reviewA): widths on a user's sheet are spliced into its <cols> (sheet-cols.ts). A sheet may hold more
// than one <cols> (the schema allows it; some generators write one per run of columns). When the only <col> of a
// group is replaced by Talenta's and the new <col> is put in another group, the first is left as <cols></cols>.
// CT_Cols requires at least one <col> (ooxml.md: Excel refuses or repairs what breaks the schema).
import { describe, expect, it } from "vitest";
import { withColumnWidths } from "../../src/hosts/xlsx/sheet-cols";

describe("review: column widths on a sheet with two <cols>", () => {
  it("never leaves an empty <cols>", () => {
    const before =
      '<worksheet><sheetFormatPr defaultRowHeight="15"/>' +
      '<cols><col min="12" max="12" width="5" customWidth="1"/></cols>' +
      '<cols><col min="1" max="1" width="5" customWidth="1"/></cols>';
    const out = withColumnWidths(before, "", new Map([[10, 12], [11, 20]]));
    expect(out).not.toMatch(/<cols>\s*<\/cols>|<cols\/>/);
    // Columns K and L both get Talenta's widths, and A keeps the user's.
    expect(out).toContain('<col min="1" max="1" width="5" customWidth="1"/>');
    expect(out.match(/<col min="1[12]" max="1[12]" width="[\d.]+" customWidth="1"\/>/g)).toHaveLength(2);
  });
});
