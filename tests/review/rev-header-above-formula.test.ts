// Review (reviewA): under a two-row header the result columns' cells in the upper header row are filled
// (buildResultHeaderAbove) when they are "free", and a cell whose formula shows "" counts as free. The .xlsx host
// writes those cells as null + style, which replaces the whole cell: the user's formula is deleted
// (pemetaan-administrator-2025.xlsx: header rows 5–6, data to column O, results from P). Never lose user data.
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost } from "../../src/hosts/xlsx";
import { fixtureBytes } from "../hosts/fixture-files";

function withFormulaAboveResults(): Uint8Array {
  const files = unzipSync(fixtureBytes("pemetaan-administrator-2025.xlsx"));
  const xml = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]);
  const row5 = /<row r="5"[^>]*>.*?<\/row>/.exec(xml)![0];
  expect(row5).not.toContain('r="Q5"');
  // What Excel saves for a formula whose result is the empty string.
  const cell = '<c r="Q5" t="str"><f>IF(TRUE,"","x")</f><v></v></c>';
  files["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(xml.replace(row5, row5.replace("</row>", `${cell}</row>`)));
  return zipSync(files);
}

describe("review: the header fill above the result columns", () => {
  it("keeps a user's formula that shows an empty text in the upper header row", async () => {
    const host = XlsxHost.open(withFormulaAboveResults());
    const outcome = await classifyWorkbook(host, { now: new Date("2025-06-02T03:00:00Z") });
    expect(outcome.ok).toBe(true);
    const out = new TextDecoder().decode(unzipSync(host.save())["xl/worksheets/sheet1.xml"]);
    const q5 = /<c r="Q5"[^>]*?(?:\/>|>.*?<\/c>)/.exec(out)?.[0] ?? "";
    expect(q5).toContain('<f>IF(TRUE,"","x")</f>');
  });
});
