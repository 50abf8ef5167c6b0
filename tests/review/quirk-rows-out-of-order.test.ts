// Review (generator quirks): a writer that emits rows in the order its query returned them can store
// `<row r="11">` before `<row r="10">`. LibreOffice and Talenta's reader take such a sheet (rows are placed by `r`),
// but the splice walks rows in document order against the sorted edit list: when it meets row 11 it still has
// row 10's edits pending and writes them as a *new* `<row r="10">` there, then copies the user's own row 10 later.
// The saved sheet holds row 10 twice; rows must be unique (reference/ooxml.md, Worksheet), and a repeated row is
// content Excel reports as unreadable and repairs, keeping one of the two.
// Expected: each row number appears once in the saved sheet, with the user's cells and the results in it.
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyAndReread } from "./classify-and-reread";
import { fixtureBytes } from "../hosts/fixture-files";

const SHEET_PART = "xl/worksheets/sheet1.xml";

describe("review (quirk): rows stored out of order", () => {
  it("saves every row once, holding both the user's cells and the results", async () => {
    const plain = fixtureBytes("pemetaan-administrator-2025.xlsx");
    const files = unzipSync(plain);
    const sheet = new TextDecoder().decode(files[SHEET_PART]);
    const row10 = /<row r="10"[^>]*>[\s\S]*?<\/row>/.exec(sheet)![0];
    const row11 = /<row r="11"[^>]*>[\s\S]*?<\/row>/.exec(sheet)![0];
    expect(sheet).toContain(row10 + row11);
    files[SHEET_PART] = new TextEncoder().encode(sheet.replace(row10 + row11, row11 + row10));

    const reference = await classifyAndReread(plain);
    const quirk = await classifyAndReread(zipSync(files));
    const saved = new TextDecoder().decode(unzipSync(quirk.saved)[SHEET_PART]);
    const rowNumbers = [...saved.matchAll(/<row\b[^>]*?\sr="(\d+)"/g)].map((m) => Number(m[1]));
    const repeated = rowNumbers.filter((r, i) => rowNumbers.indexOf(r) !== i);
    expect(repeated, "row numbers written more than once").toEqual([]);
    expect(quirk.grid.values).toEqual(reference.grid.values);
  });
});
