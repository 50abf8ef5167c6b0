// A workbook's other sheets (last year's assessments, reference lists) are not inflated by a run that never
// reads them: the .xlsx host learns a sheet's protection only when asked. Asked, it is still right.
import { describe, expect, it, vi } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateWorkbook } from "../../src/hosts/xlsx/generate";
import { classifyWorkbook } from "../../src/app/classify";
import type { CellValue } from "../../src/grid/types";

const ARCHIVE = "xl/worksheets/arsip.xml";

/** A data sheet first, then a protected archive sheet with the same rows. */
function workbookWithArchive(): Uint8Array {
  const rows: CellValue[][] = [["NIP", "Nama", "Nilai Kinerja", "Nilai Potensial"]];
  for (let i = 0; i < 6; i++) rows.push([`19850312201001100${i}`, `Pegawai ${i}`, 60 + 6 * i, 90 - 5 * i]);
  const files = unzipSync(generateWorkbook(rows, "Data"));
  files[ARCHIVE] = strToU8(strFromU8(files["xl/worksheets/sheet1.xml"]).replace("</sheetData>", '</sheetData><sheetProtection sheet="1"/>'));
  const edit = (name: string, f: (t: string) => string) => (files[name] = strToU8(f(strFromU8(files[name]))));
  edit("xl/workbook.xml", (t) => t.replace("</sheets>", '<sheet name="Arsip 2024" sheetId="9" r:id="rIdArsip"/></sheets>'));
  edit("xl/_rels/workbook.xml.rels", (t) =>
    t.replace("</Relationships>", '<Relationship Id="rIdArsip" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/arsip.xml"/></Relationships>'),
  );
  edit("[Content_Types].xml", (t) =>
    t.replace("</Types>", `<Override PartName="/${ARCHIVE}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
  );
  return zipSync(files);
}

describe("sheet protection, learnt when asked", () => {
  it("a run on the data sheet never reads the archive sheet's XML", async () => {
    const host = XlsxHost.open(workbookWithArchive());
    const text = vi.spyOn(host.store, "text");
    const outcome = await classifyWorkbook(host, { now: new Date("2026-01-05T00:00:00Z") });
    expect(outcome.ok).toBe(true);
    host.save();
    expect(text.mock.calls.map(([name]) => name)).not.toContain(ARCHIVE);
  });

  it("still says the archive sheet is protected and the data sheet is not, when asked (and in a copy)", async () => {
    const host = XlsxHost.open(workbookWithArchive());
    const sheets = await host.listSheets();
    expect(sheets.map((s) => [s.name, s.protected])).toEqual([
      ["Data", false],
      ["Arsip 2024", true],
    ]);
    expect(structuredClone(sheets)[1]).toEqual({ name: "Arsip 2024", visibility: "visible", protected: true });
  });

  it("refuses to classify the protected sheet when it is the one chosen", async () => {
    const host = XlsxHost.open(workbookWithArchive());
    const outcome = await classifyWorkbook(host, { sheet: "Arsip 2024" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe("sheet-protected");
  });
});
