// Issue 3: "If the data is an Excel table, the result columns join the table" — through the .xlsx host, on a
// generated workbook whose data is a table (the fixtures have none). Expected table XML worked out by hand.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import type { ClassifyRequest } from "../../src/app/types";
import type { CellValue } from "../../src/grid/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { NOW, parts, pegawai, tablePartXml, workbookWithTable, type TableSpec } from "./user-table-book";

const ID_NAMES = ["Nilai Kinerja (Y)", "Nilai Potensial (X)", "Kinerja", "Potensial", "Kotak", "Kategori", "Rekomendasi", "Kelompok Rencana Suksesi", "Nilai Talenta", "Catatan Talenta"];
const EN_NAMES = ["Performance score (Y)", "Potential score (X)", "Performance", "Potential", "Box", "Category", "Recommendation", "Succession group", "Talent score", "Talenta notes"];
const TABLE: TableSpec = { name: "DataPegawai", rect: { row: 0, col: 0, rows: 7, cols: 4 } };

async function run(bytes: Uint8Array, request: ClassifyRequest = {}): Promise<Uint8Array> {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { now: NOW, sheet: "Data", ...request });
  expect(outcome.ok, outcome.ok ? "" : outcome.error.message).toBe(true);
  return host.save();
}

/** The table part as the hand-worked expectation: the user's part with ref, autoFilter and columns widened. */
function widened(names: string[], ref: string): string {
  const cols = ["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial", ...names].map((n, i) => `<tableColumn id="${i + 1}" name="${n}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="DataPegawai" displayName="DataPegawai" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"></autoFilter><tableColumns count="14">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

describe("issue 3: the result columns join the user's Excel table (.xlsx host)", () => {
  it("reads the table into the grid: name, A1:D7, header row, no totals row, not filtered", async () => {
    const g = await XlsxHost.open(workbookWithTable(pegawai(6), TABLE)).readUsedGrid("Data");
    expect(g.tables).toEqual([{ name: "DataPegawai", rect: { row: 0, col: 0, rows: 7, cols: 4 }, headerRow: true, totalsRow: false, filtered: false }]);
  });

  it("a table ending at D, left of the first result column E, grows to A1:N7 with the ten header cells as column names", async () => {
    const bytes = workbookWithTable(pegawai(6), TABLE);
    const out = await run(bytes);
    const p = parts(out);
    expect(p["xl/tables/table1.xml"]).toBe(widened(ID_NAMES, "A1:N7"));
    // The names equal the header cells Talenta wrote, exactly.
    const grid = await XlsxHost.open(out).readUsedGrid("Data");
    expect(grid.values[0].slice(4, 14)).toEqual(ID_NAMES);
    expect(grid.tables?.[0].rect).toEqual({ row: 0, col: 0, rows: 7, cols: 14 });
    // Only the table part changed of what the user had: the rels and content types stay as they were.
    const before = parts(bytes);
    expect(p["xl/worksheets/_rels/sheet1.xml.rels"]).toBe(before["xl/worksheets/_rels/sheet1.xml.rels"]);
  });

  it("a re-run does not add the columns again: the table part is the same as after one run", async () => {
    const once = await run(workbookWithTable(pegawai(6), TABLE));
    const twice = await run(once);
    expect(parts(twice)["xl/tables/table1.xml"]).toBe(parts(once)["xl/tables/table1.xml"]);
    const grid = await XlsxHost.open(twice).readUsedGrid("Data");
    expect(grid.values[0]).toEqual(["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial", ...ID_NAMES]);
  });

  it("a re-run in English renames the joined columns to the English header cells, still 14 columns", async () => {
    const once = await run(workbookWithTable(pegawai(6), TABLE));
    const en = await run(once, { lang: "en" });
    expect(parts(en)["xl/tables/table1.xml"]).toBe(widened(EN_NAMES, "A1:N7"));
    expect((await XlsxHost.open(en).readUsedGrid("Data")).values[0].slice(4)).toEqual(EN_NAMES);
  });

  it("a table that ends at C, a column short of the result columns, stays byte for byte", async () => {
    const spec = { ...TABLE, rect: { row: 0, col: 0, rows: 7, cols: 3 } };
    const bytes = workbookWithTable(pegawai(6), spec);
    const out = await run(bytes);
    expect(parts(out)["xl/tables/table1.xml"]).toBe(parts(bytes)["xl/tables/table1.xml"]);
    expect((await XlsxHost.open(out).readUsedGrid("Data")).values[0][4]).toBe("Nilai Kinerja (Y)");
  });

  it("a table whose header row is not the data's header row stays byte for byte", async () => {
    const spec = { ...TABLE, rect: { row: 1, col: 0, rows: 6, cols: 4 } };
    const bytes = workbookWithTable(pegawai(6), spec);
    expect(parts(await run(bytes))["xl/tables/table1.xml"]).toBe(parts(bytes)["xl/tables/table1.xml"]);
  });

  it("a table already holding a user column named Kotak keeps Talenta's columns outside it", async () => {
    const values = pegawai(6).map((r, i) => [...r, i === 0 ? "Kotak" : `catatan ${i}`]);
    const bytes = workbookWithTable(values, { ...TABLE, rect: { row: 0, col: 0, rows: 7, cols: 5 } });
    const out = await run(bytes);
    expect(parts(out)["xl/tables/table1.xml"]).toBe(parts(bytes)["xl/tables/table1.xml"]);
    expect((await XlsxHost.open(out).readUsedGrid("Data")).values[1][4]).toBe("catatan 1");
  });

  it("a filtered table is classified whole on the .xlsx host: filtered rows are hidden rows, data like any other (RULES §6)", async () => {
    const bytes = workbookWithTable(pegawai(6), { ...TABLE, filtered: true });
    const host = XlsxHost.open(bytes);
    expect(host.writesUnderFilterUnsafe).toBe(false);
    expect((await host.readUsedGrid("Data")).tables?.[0].filtered).toBe(true);
    const outcome = await classifyWorkbook(host, { now: NOW, sheet: "Data" });
    expect(outcome.ok && outcome.summary.classified).toBe(6);
    expect(parts(host.save())["xl/tables/table1.xml"]).toContain('<tableColumns count="14">');
  });

  it("a table with a totals row keeps it: ref to N8, autoFilter to N7, Talenta's totals cells empty", async () => {
    const values: CellValue[][] = [...pegawai(6), [null, null, null, null]];
    const bytes = workbookWithTable(values, { ...TABLE, rect: { row: 0, col: 0, rows: 8, cols: 4 }, totalsRow: true });
    const out = await run(bytes);
    const xml = parts(out)["xl/tables/table1.xml"];
    expect(xml).toContain('ref="A1:N8" totalsRowCount="1"');
    expect(xml).toContain('<autoFilter ref="A1:N7">');
    expect(xml).toContain('<tableColumn id="1" name="NIP" totalsRowLabel="Jumlah"/>');
    const grid = await XlsxHost.open(out).readUsedGrid("Data");
    expect(grid.values[7] ?? []).toEqual([]);
  });
});

describe("the table part rewrite (widenTableXml)", async () => {
  const { widenTableXml, parseTable } = await import("../../src/hosts/xlsx/user-tables");
  const base = tablePartXml({ name: "T", rect: { row: 0, col: 0, rows: 3, cols: 2 } }, [["A", "B"]]);

  it("adds columns with fresh ids and XML-escaped names, and renames those already in the table", () => {
    const once = widenTableXml(base, { col: 2, names: ["x & <y>", "\"z\""] });
    expect(once).toContain('ref="A1:D3"');
    expect(once).toContain('<tableColumns count="4"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/><tableColumn id="3" name="x &amp; &lt;y&gt;"/><tableColumn id="4" name="&quot;z&quot;"/></tableColumns>');
    const renamed = widenTableXml(once, { col: 2, names: ["p", "q"] });
    expect(renamed).toContain('<tableColumn id="3" name="p"/><tableColumn id="4" name="q"/>');
    expect(parseTable(renamed)?.rect).toEqual({ row: 0, col: 0, rows: 3, cols: 4 });
  });

  it("refuses columns that do not touch the table (a gap) or start at its first column", () => {
    expect(() => widenTableXml(base, { col: 3, names: ["x"] })).toThrow(/do not touch/);
    expect(() => widenTableXml(base, { col: 0, names: ["x"] })).toThrow(/do not touch/);
  });

  it("a filterColumn with criteria is a filter; one that only hides its button is not", () => {
    const hidden = base.replace("</autoFilter>", '<filterColumn colId="0" hiddenButton="1"/></autoFilter>');
    expect(parseTable(hidden)?.filtered).toBe(false);
    const filtered = base.replace("</autoFilter>", '<filterColumn colId="0"><customFilters><customFilter operator="greaterThan" val="5"/></customFilters></filterColumn></autoFilter>');
    expect(parseTable(filtered)?.filtered).toBe(true);
  });
});

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));

describe.runIf(soffice)("LibreOffice opens a workbook whose table Talenta widened", () => {
  it("converts the joined output to PDF", async () => {
    const out = await run(workbookWithTable(pegawai(6), TABLE));
    const dir = mkdtempSync(join(tmpdir(), "talenta-soffice-"));
    try {
      const input = join(dir, "tabel.xlsx");
      writeFileSync(input, out);
      execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, input], { timeout: 120_000, stdio: "pipe" });
      expect(readdirSync(dir)).toContain("tabel.pdf");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
