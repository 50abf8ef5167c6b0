// Review: ../shared/reference/ooxml.md (Tables): a table's column names equal its header cells' text. Once the
// result columns sit inside the user's table (an earlier run joined them), every later run that writes their
// header cells must keep the table's names in step, also when the table cannot take the new records' rows.
import { describe, expect, it } from "vitest";
import { classifyWorkbook } from "../../src/app/classify";
import type { ClassifyRequest } from "../../src/app/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { NOW, parts, pegawai, workbookWithTable } from "../hosts/user-table-book";

async function run(bytes: Uint8Array, request: ClassifyRequest = {}): Promise<Uint8Array> {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { now: NOW, sheet: "Data", ...request });
  expect(outcome.ok, outcome.ok ? "" : outcome.error.message).toBe(true);
  return host.save();
}

const columnNames = (xml: string) => [...xml.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((m) => m[1]);

describe("review: joined columns keep the table's names equal to their header cells", () => {
  it("a re-run in English after a record was added under the table renames the joined columns too", async () => {
    const once = await run(workbookWithTable(pegawai(6), { name: "DataPegawai", rect: { row: 0, col: 0, rows: 7, cols: 4 } }));
    // A seventh civil servant typed on row 8, just under the table A1:N7 (outside it).
    const edit = XlsxHost.open(once);
    await edit.writeBlock({ sheet: "Data", row: 7, col: 0, values: [["198001012005011099", "Pegawai 7", 70, 70]] });
    const added = edit.save();
    const en = await run(added, { lang: "en" });
    const grid = await XlsxHost.open(en).readUsedGrid("Data");
    const header = grid.values[0].slice(0, 14).map(String);
    expect(columnNames(parts(en)["xl/tables/table1.xml"])).toEqual(header);
  });
});
