// Review (generator quirks): some .NET exporters (e.g. ZipFile.CreateFromDirectory on .NET Framework 4.5, used to
// zip a template folder) store entry names with "\" instead of "/" (`xl\worksheets\sheet1.xml`). Excel reads them
// (it normalises the separator; dotnet/Open-XML-SDK#1128, ExcelDataReader#385, PhpSpreadsheet#3482). Talenta
// refuses such a file as "an entry that points outside the package", a security message for a harmless file.
// Expected: "\" is read as "/" (an entry that still climbs out with ".." stays refused), the workbook classifies
// as the same workbook with "/" names does, and the output uses "/" only (reference/ooxml.md, Package).
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost } from "../../src/hosts/xlsx";
import { fixtureBytes } from "../hosts/fixture-files";

const NOW = new Date("2025-06-02T03:00:00Z");
const SHEET = "Pemetaan Talenta";

function withSeparator(separator: "/" | "\\"): Uint8Array {
  const files = unzipSync(fixtureBytes("pemetaan-administrator-2025.xlsx"));
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name.replace(/\//g, separator), data])));
}

async function classifiedGrid(bytes: Uint8Array) {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { now: NOW });
  expect(outcome.ok).toBe(true);
  const saved = host.save();
  return { saved, grid: await XlsxHost.open(saved).readUsedGrid(SHEET) };
}

describe("review (quirk): zip entry names written with backslashes", () => {
  it("opens, classifies like the same workbook with forward slashes, and saves with forward slashes", async () => {
    const reference = await classifiedGrid(withSeparator("/"));
    const backslashed = await classifiedGrid(withSeparator("\\"));
    expect(backslashed.grid.values).toEqual(reference.grid.values);
    expect(Object.keys(unzipSync(backslashed.saved)).filter((n) => n.includes("\\"))).toEqual([]);
  });

  it("still refuses a backslashed entry that climbs out of the package", () => {
    const files = unzipSync(fixtureBytes("pemetaan-administrator-2025.xlsx"));
    files["..\\..\\tmp\\evil.txt"] = new TextEncoder().encode("x");
    expect(() => XlsxHost.open(zipSync(files))).toThrow(expect.objectContaining({ code: "unsafe-entry-name" }));
  });
});
