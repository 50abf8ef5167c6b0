import { describe, expect, it } from "vitest";
import { XlsxHost } from "../../src/hosts/xlsx";
import { fixtureBytes, entryHashes, entryTexts } from "./fixture-files";
import { expectAscendingCells, expectChartSpaceOrder, expectStyleCounts, expectStylesOrder, expectWorkbookOrder, expectWorksheetOrder, rootChildren } from "./ooxml-checks";
import { DATA, K9, SUKSESI, danglingTargets, fullRun, unreachableParts } from "./xlsx-run";

async function runOnce(bytes: Uint8Array): Promise<Uint8Array> {
  const host = XlsxHost.open(bytes);
  await fullRun(host);
  return host.save();
}

describe.each(["rich-workbook.xlsx", "rich-workbook-libreoffice.xlsx"])("DESIGN: the .xlsx host keeps %s whole", (fixture) => {
  const original = fixtureBytes(fixture);
  const output = runOnce(original);

  it("leaves every entry Talenta does not own byte for byte, and drops none", async () => {
    const before = entryHashes(original);
    const after = entryHashes(await output);
    const changed = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"]);
    for (const [name, hash] of before) {
      expect(after.has(name), `${name} kept`).toBe(true);
      if (!changed.has(name)) expect(after.get(name), name).toBe(hash);
    }
    const added = [...after.keys()].filter((n) => !before.has(n)).sort();
    expect(added).toEqual(
      expect.arrayContaining(["customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml"]),
    );
    expect(added.filter((n) => n.startsWith("xl/charts/"))).toHaveLength(1);
  });

  it("keeps every original user cell of every sheet", async () => {
    const before = XlsxHost.open(original);
    const after = XlsxHost.open(await output);
    for (const s of await before.listSheets()) {
      const a = await before.readUsedGrid(s.name);
      const b = await after.readUsedGrid(s.name);
      expect(b.origin, s.name).toEqual(a.origin);
      expect(b.values.map((r) => r.slice(0, a.values[0]?.length ?? 0)), s.name).toEqual(a.values);
      expect(b.numberFormats.map((r) => r.slice(0, a.values[0]?.length ?? 0)), s.name).toEqual(a.numberFormats);
      expect(b.merges).toEqual(a.merges);
    }
  });

  it("keeps the chart, image, comments, validation, conditional format, autofilter, frozen panes, defined names, hidden and protected sheets", async () => {
    const texts = entryTexts(await output);
    const names = [...texts.keys()];
    expect(names.some((n) => /^xl\/charts\/chart1\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => n.startsWith("xl/media/image1.png"))).toBe(true);
    expect(names.some((n) => /comment/.test(n))).toBe(true);
    const sheet = texts.get("xl/worksheets/sheet1.xml")!;
    const before = entryTexts(original).get("xl/worksheets/sheet1.xml")!;
    const outside = (xml: string) => [xml.slice(0, xml.indexOf("<sheetData")).replace(/<dimension ref="[^"]*"\/>/, ""), xml.slice(xml.indexOf("</sheetData>"))];
    expect(outside(sheet)).toEqual(outside(before));
    for (const el of ["<autoFilter", "<conditionalFormatting", "<dataValidations", "<legacyDrawing"]) expect(sheet.includes(el), el).toBe(true);
    if (fixture === "rich-workbook.xlsx") expect(sheet.includes('state="frozen"')).toBe(true);
    const workbook = texts.get("xl/workbook.xml")!;
    expect(workbook).toContain("DaftarJenjang");
    expect(workbook).toMatch(/_xlnm\._FilterDatabase/);
    expect(workbook).toMatch(/_xlnm\.Print_Titles/);
    const sheets = await XlsxHost.open(await output).listSheets();
    expect(sheets.find((s) => s.name === "Referensi")?.visibility).toBe("hidden");
    expect(sheets.find((s) => s.name === "Terkunci")?.protected).toBe(true);
  });

  it("running twice gives the same package as running once, entry by entry", async () => {
    const once = await output;
    const twice = await runOnce(once);
    expect([...entryHashes(twice)]).toEqual([...entryHashes(once)]);
  });

  it("writes XML in the order and with the counts Excel requires (reference/ooxml.md)", async () => {
    const texts = entryTexts(await output);
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml"]) {
      expectWorksheetOrder(texts.get(part)!);
      expectAscendingCells(texts.get(part)!);
    }
    expectWorkbookOrder(texts.get("xl/workbook.xml")!);
    expectStylesOrder(texts.get("xl/styles.xml")!);
    expectStyleCounts(texts.get("xl/styles.xml")!);
    const chartPart = [...texts.keys()].find((n) => n.startsWith("xl/charts/") && texts.get(n)!.includes("scatterChart"))!;
    expectChartSpaceOrder(texts.get(chartPart)!);
    const workbook = texts.get("xl/workbook.xml")!;
    const sheetTags = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => m[0]);
    const ids = sheetTags.map((t) => /sheetId="(\d+)"/.exec(t)![1]);
    const rids = sheetTags.map((t) => /:id="([^"]+)"/.exec(t)![1]);
    expect(new Set(ids).size).toBe(6);
    expect(new Set(rids).size).toBe(6);
    for (const [name, xml] of texts) {
      if (!name.endsWith(".rels")) continue;
      const relIds = [...xml.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(relIds).size, name).toBe(relIds.length);
    }
    expect(danglingTargets(texts)).toEqual([]);
    const types = texts.get("[Content_Types].xml")!;
    for (const name of texts.keys()) {
      const ext = name.slice(name.lastIndexOf(".") + 1);
      const covered = types.includes(`PartName="/${name}"`) || new RegExp(`Extension="${ext}"`, "i").test(types);
      expect(covered, `content type of ${name}`).toBe(true);
    }
    expect(types).toContain('PartName="/xl/worksheets/sheet5.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"');
    expect(types).toContain('ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"');
  });

  it("appends Talenta's sheets at the end with a print area scoped to the right sheet", async () => {
    const texts = entryTexts(await output);
    const workbook = texts.get("xl/workbook.xml")!;
    const names = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*?name="([^"]+)"/g)].map((m) => m[1]);
    expect(names.slice(4)).toEqual([K9, SUKSESI]);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="4">'${K9}'!$A$1:$L$30</definedName>`);
    const k9 = texts.get("xl/worksheets/sheet5.xml")!;
    expect(k9).toContain('<tabColor rgb="FF1F4E79"/>');
    expect(k9).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(k9).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>');
    expect(k9).toContain('showGridLines="0"');
    expect(k9).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(k9).toContain('<cols><col min="1" max="2" width="14" customWidth="1"/><col min="3" max="3" width="30" customWidth="1"/></cols>');
    expect(k9).toContain('<row r="1" ht="24" customHeight="1">');
    expect(k9).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
  });

  it("writes result strings as inline text and never as a formula, leaving sharedStrings alone", async () => {
    const sheet = entryTexts(await output).get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain('t="inlineStr"><is><t>=Perlu dikembangkan</t></is></c>');
    expect(sheet).not.toMatch(/<f>Perlu/);
    expect(sheet).toMatch(/<dimension ref="A1:J124"\/>/);
  });
});
