import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { XlsxHost, generateWorkbook } from "../../src/hosts/xlsx";
import { entryTexts, fixtureBytes } from "./fixture-files";
import { K9, danglingTargets, fullRun, unreachableParts } from "./xlsx-run";

describe(".xlsx host re-runs leave no orphans", () => {
  it("ensureSheet on a sheet with a chart removes its drawing and chart parts and their relationships", async () => {
    const first = XlsxHost.open(fixtureBytes("rich-workbook.xlsx"));
    await fullRun(first);
    const withChart = first.save();
    const host = XlsxHost.open(withChart);
    await host.ensureSheet(K9);
    const texts = entryTexts(host.save());
    const charts = [...texts.keys()].filter((n) => n.startsWith("xl/charts/"));
    expect(charts).toEqual(["xl/charts/chart1.xml"]);
    expect([...texts.keys()].filter((n) => n.startsWith("xl/drawings/drawing2"))).toEqual([]);
    expect(texts.has("xl/worksheets/_rels/sheet5.xml.rels")).toBe(false);
    expect(texts.get("[Content_Types].xml")).not.toContain("/xl/drawings/drawing2.xml");
    expect(unreachableParts(texts)).toEqual(unreachableParts(entryTexts(fixtureBytes("rich-workbook.xlsx"))));
    expect(danglingTargets(texts)).toEqual([]);
  });

  it("deleteSheet shifts sheet-scoped defined names of the sheets after it", async () => {
    const first = XlsxHost.open(fixtureBytes("rich-workbook.xlsx"));
    await fullRun(first);
    const host = XlsxHost.open(first.save());
    await host.deleteSheet("Rekap");
    const workbook = entryTexts(host.save()).get("xl/workbook.xml")!;
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="3">'${K9}'!$A$1:$L$30</definedName>`);
    expect(workbook).toContain('localSheetId="0"');
    expect(workbook).not.toContain('name="Rekap"');
  });

  it("drops calcChain.xml when a formula cell is overwritten, and keeps it otherwise", async () => {
    const base = unzipSync(generateWorkbook([["a", 1], ["b", 2]]));
    const sheet = new TextDecoder().decode(base["xl/worksheets/sheet1.xml"]).replace('<c r="B2"><v>2</v></c>', '<c r="B2"><f>B1+1</f><v>2</v></c>');
    base["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(sheet);
    base["xl/calcChain.xml"] = new TextEncoder().encode('<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="1"/></calcChain>');
    const rels = new TextDecoder().decode(base["xl/_rels/workbook.xml.rels"]).replace("</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>');
    base["xl/_rels/workbook.xml.rels"] = new TextEncoder().encode(rels);
    const bytes = zipSync(base);
    const keep = XlsxHost.open(bytes);
    await keep.writeBlock({ sheet: "Data", row: 0, col: 2, values: [["x"]] });
    expect(entryTexts(keep.save()).has("xl/calcChain.xml")).toBe(true);
    const drop = XlsxHost.open(bytes);
    await drop.writeBlock({ sheet: "Data", row: 1, col: 1, values: [[5]] });
    const texts = entryTexts(drop.save());
    expect(texts.has("xl/calcChain.xml")).toBe(false);
    expect(texts.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  });
});

describe("generateWorkbook builds a plain workbook the host reads back", () => {
  it("round-trips strings, numbers and booleans from A1", async () => {
    const values = [["NIP", "Nilai", "Aktif"], ["1980 01", 81.25, true], ["a & <b>", -3, false]];
    const g = await XlsxHost.open(generateWorkbook(values, "Pegawai")).readUsedGrid("Pegawai");
    expect(g.origin).toEqual({ row: 0, col: 0 });
    expect(g.values).toEqual(values);
  });
});

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));

describe.runIf(soffice)("LibreOffice opens what the .xlsx host writes", () => {
  it("converts a full run on rich-workbook.xlsx to PDF", async () => {
    const host = XlsxHost.open(fixtureBytes("rich-workbook.xlsx"));
    await fullRun(host);
    const dir = mkdtempSync(join(tmpdir(), "talenta-soffice-"));
    try {
      const input = join(dir, "hasil.xlsx");
      writeFileSync(input, host.save());
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, input], { timeout: 120_000, stdio: "pipe" });
      expect(readdirSync(dir)).toContain("hasil.pdf");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

