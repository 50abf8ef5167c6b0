// A table filled by a query (tableType="queryTable") or an XML map has its columns defined by that part
// (ECMA-376 §18.5.1.2): widening it without them would break the link. Talenta's columns stay beside it.
import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { classifyWorkbook } from "../../src/app/classify";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { NOW, parts, pegawai, workbookWithTable } from "./user-table-book";

function withTableType(bytes: Uint8Array, type: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["xl/tables/table1.xml"]);
  files["xl/tables/table1.xml"] = strToU8(xml.replace("<table ", `<table tableType="${type}" `));
  return zipSync(files);
}

async function classify(bytes: Uint8Array) {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { now: NOW, sheet: "Data" });
  expect(outcome.ok).toBe(true);
  return { out: host.save(), grid: await host.readUsedGrid("Data") };
}

const TABLE = { name: "DataPegawai", rect: { row: 0, col: 0, rows: 7, cols: 4 } };

describe("issue 3: a query table is not widened", () => {
  it.each(["queryTable", "xml"])("tableType=%s: the table part leaves byte for byte, the result columns are still written", async (type) => {
    const input = withTableType(workbookWithTable(pegawai(6), TABLE), type);
    const { out, grid } = await classify(input);
    expect(parts(out)["xl/tables/table1.xml"]).toBe(parts(input)["xl/tables/table1.xml"]);
    expect(grid.values[0][8]).toBe("Kotak");
  });

  it("tableType=worksheet (the default, written out) is widened like any table", async () => {
    const input = withTableType(workbookWithTable(pegawai(6), TABLE), "worksheet");
    const { out } = await classify(input);
    expect(parts(out)["xl/tables/table1.xml"]).toContain('ref="A1:N7"');
  });
});
