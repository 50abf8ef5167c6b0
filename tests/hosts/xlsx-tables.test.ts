import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { XlsxHost } from "../../src/hosts/xlsx";
import { entryHashes, entryTexts, fixtureBytes } from "./fixture-files";
import { expectAscendingCells, expectWorksheetOrder } from "./ooxml-checks";
import { K9, SUKSESI, danglingTargets, unreachableParts } from "./xlsx-run";

const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
// 30 items of 9 characters: 30 × 10 − 1 + 2 quotes = 301 characters, past Excel's 255.
const LONG_LIST = Array.from({ length: 30 }, (_, i) => `Jabatan${String(i + 1).padStart(2, "0")}`);

/** Talenta's list sheet: a header row with a duplicate name, two body rows, a table and three dropdowns. */
async function listRun(host: XlsxHost, sheet = K9, tableName = "DaftarTalenta"): Promise<void> {
  await host.ensureSheet(sheet);
  await host.writeBlock({ sheet, row: 0, col: 0, values: [["Nama", "Kotak", "Nama"], ["Ani", 9, "x"], ["Budi", 5, "y"]] });
  await host.setLayout(sheet, {
    tables: [{ name: tableName, rect: { row: 0, col: 0, rows: 3, cols: 3 } }],
    validations: [
      { rect: { row: 1, col: 1, rows: 2, cols: 1 }, list: ["Ya", "Tidak", 'Kata "kutip"', "R&D"] },
      { rect: { row: 1, col: 2, rows: 2, cols: 1 }, list: LONG_LIST },
      { rect: { row: 1, col: 0, rows: 2, cols: 1 }, list: ["Satu, dua", "Tiga"] },
    ],
  });
}

async function saved(run: (h: XlsxHost) => Promise<void>, bytes = fixtureBytes("rich-workbook.xlsx")): Promise<Uint8Array> {
  const host = XlsxHost.open(bytes);
  await run(host);
  return host.save();
}

describe("SheetLayout.tables on a sheet Talenta owns (reference/ooxml.md: Tables)", () => {
  it("writes xl/tables/table1.xml with id, name, ref, autoFilter, unique column names and a style", async () => {
    const texts = entryTexts(await saved((h) => listRun(h)));
    const table = texts.get("xl/tables/table1.xml")!;
    expect(table).toContain('id="1" name="DaftarTalenta" displayName="DaftarTalenta" ref="A1:C3"');
    expect(table).toContain('<autoFilter ref="A1:C3"/>');
    expect(table).toContain('<tableColumns count="3"><tableColumn id="1" name="Nama"/><tableColumn id="2" name="Kotak"/><tableColumn id="3" name="Nama2"/></tableColumns>');
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2"');
    expect(texts.get("[Content_Types].xml")).toContain(`PartName="/xl/tables/table1.xml" ContentType="${TABLE_TYPE}"`);
    expect(texts.get("xl/worksheets/_rels/sheet5.xml.rels")).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"');
    expect(danglingTargets(texts)).toEqual([]);
  });

  it("puts <tableParts> last in the worksheet, and the header cells hold the column names", async () => {
    const out = await saved((h) => listRun(h));
    const sheet = entryTexts(out).get("xl/worksheets/sheet5.xml")!;
    expect(sheet).toMatch(/<tableParts count="1"><tablePart r:id="rId1"\/><\/tableParts><\/worksheet>$/);
    expectWorksheetOrder(sheet);
    expectAscendingCells(sheet);
    const g = await XlsxHost.open(out).readUsedGrid(K9);
    expect(g.values[0].slice(0, 3)).toEqual(["Nama", "Kotak", "Nama2"]);
  });

  it("gives a table a workbook-unique id and name when the workbook already has one of that name", async () => {
    const first = await saved((h) => listRun(h));
    // In this session the K9 table is the user's: Talenta's new table must not take its id or name.
    const texts = entryTexts(await saved((h) => listRun(h, SUKSESI), first));
    expect(texts.get("xl/tables/table1.xml")).toContain('id="1" name="DaftarTalenta"');
    expect(texts.get("xl/tables/table2.xml")).toContain('id="2" name="DaftarTalenta_2" displayName="DaftarTalenta_2"');
  });

  it("leaves out a table without a body row, and refuses a name Excel would refuse", async () => {
    const host = XlsxHost.open(fixtureBytes("rich-workbook.xlsx"));
    await host.ensureSheet(K9);
    await host.writeBlock({ sheet: K9, row: 0, col: 0, values: [["Nama"]] });
    await host.setLayout(K9, { tables: [{ name: "HanyaJudul", rect: { row: 0, col: 0, rows: 1, cols: 1 } }] });
    const texts = entryTexts(host.save());
    expect([...texts.keys()].filter((n) => n.includes("tables/"))).toEqual([]);
    expect(texts.get("xl/worksheets/sheet5.xml")).not.toContain("tableParts");
    for (const bad of ["A1", "Tabel Kotak", "1Tabel", "R1C1"]) {
      await expect(host.setLayout(K9, { tables: [{ name: bad, rect: { row: 0, col: 0, rows: 2, cols: 1 } }] })).rejects.toBeInstanceOf(TypeError);
    }
  });

  it("a re-run replaces the table parts: same package as one run, no orphan part", async () => {
    const once = await saved((h) => listRun(h));
    const twice = await saved((h) => listRun(h), once);
    expect([...entryHashes(twice)]).toEqual([...entryHashes(once)]);
    const texts = entryTexts(twice);
    expect([...texts.keys()].filter((n) => n.startsWith("xl/tables/"))).toEqual(["xl/tables/table1.xml"]);
    expect(unreachableParts(texts)).toEqual(unreachableParts(entryTexts(fixtureBytes("rich-workbook.xlsx"))));
  });

  it("saving twice in one session gives identical bytes and reuses the table part", async () => {
    const host = XlsxHost.open(fixtureBytes("rich-workbook.xlsx"));
    await listRun(host);
    const a = host.save();
    const b = host.save();
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    await host.ensureSheet(K9);
    const texts = entryTexts(host.save());
    expect([...texts.keys()].filter((n) => n.startsWith("xl/tables/"))).toEqual([]);
    expect(texts.get("[Content_Types].xml")).not.toContain("/xl/tables/");
  });
});

describe("SheetLayout.validations: in-cell dropdown lists", () => {
  it("writes a short list inline, quotes doubled and XML-escaped, with the dropdown shown", async () => {
    const sheet = entryTexts(await saved((h) => listRun(h))).get("xl/worksheets/sheet5.xml")!;
    expect(sheet).toContain(
      '<dataValidation type="list" allowBlank="1" showDropDown="0" showInputMessage="1" showErrorMessage="1" sqref="B2:B3"><formula1>"Ya,Tidak,Kata ""kutip"",R&amp;D"</formula1></dataValidation>',
    );
    expect(sheet).toContain('<dataValidations count="3">');
  });

  it("writes a list past 255 characters, or with a comma in an item, down a hidden column and refers to it", async () => {
    const out = await saved((h) => listRun(h));
    const sheet = entryTexts(out).get("xl/worksheets/sheet5.xml")!;
    // Columns A..C are used: the lists go to E and F, one column apart from the data.
    expect(sheet).toContain('sqref="C2:C3"><formula1>$E$1:$E$30</formula1>');
    expect(sheet).toContain('sqref="A2:A3"><formula1>$F$1:$F$2</formula1>');
    expect(sheet).toContain('<col min="5" max="5" width="9.140625" hidden="1"/><col min="6" max="6" width="9.140625" hidden="1"/>');
    const g = await XlsxHost.open(out).readUsedGrid(K9);
    expect(g.values.map((r) => r[4])).toEqual([...LONG_LIST]);
    expect(g.values.slice(0, 2).map((r) => r[5])).toEqual(["Satu, dua", "Tiga"]);
  });
});

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));

describe.runIf(soffice)("LibreOffice opens a workbook with Talenta's tables and dropdowns", () => {
  it("converts it to PDF", async () => {
    const dir = mkdtempSync(join(tmpdir(), "talenta-soffice-"));
    try {
      const input = join(dir, "tabel.xlsx");
      writeFileSync(input, await saved((h) => listRun(h)));
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, input], { timeout: 120_000, stdio: "pipe" });
      expect(readdirSync(dir)).toContain("tabel.pdf");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
