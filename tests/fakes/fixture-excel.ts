// Loads a fixture .xlsx into the fake Excel: each sheet as the .xlsx host reads it (values, number formats,
// merges, hidden rows, tables, filter), with its visibility, protection and Talenta's settings part; a workbook in
// the 1904 date system keeps its serials and makes the fake workbook a 1904 one.
import { readFileSync } from "node:fs";
import { XlsxHost } from "../../src/hosts/xlsx";
import { encodeSettingsXml, SETTINGS_NAMESPACE } from "../../src/hosts/settings-xml";
import { type FakeWorkbook, loadGrid, newWorkbook } from "./fake-excel";

export const FIXTURES = new URL("../../../shared/fixtures/", import.meta.url);

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export async function fakeWorkbookFromXlsx(fixture: string, apiVersion = "1.17"): Promise<FakeWorkbook> {
  return fakeWorkbookFromBytes(new Uint8Array(readFileSync(new URL(fixture, FIXTURES))), apiVersion);
}

/** The same from a package's bytes (a generated workbook). */
export async function fakeWorkbookFromBytes(bytes: Uint8Array, apiVersion = "1.17"): Promise<FakeWorkbook> {
  const xlsx = XlsxHost.open(bytes);
  const model = newWorkbook([], apiVersion);
  for (const info of await xlsx.listSheets()) {
    const grid = await xlsx.readUsedGrid(info.name);
    if (grid.date1904) model.date1904 = true;
    const sheet = loadGrid(model, { ...grid, sheet: info.name });
    for (const t of grid.tables ?? []) {
      sheet.tables.push({ name: t.name, rect: { ...t.rect }, showHeaders: t.headerRow, showTotals: t.totalsRow, filtered: t.filtered });
    }
    if (grid.autoFilter) sheet.autoFilter = { rect: { ...grid.autoFilter.rect }, filtered: grid.autoFilter.filtered };
    sheet.visibility = VISIBILITY[info.visibility];
    sheet.protected = info.protected;
  }
  model.activeSheet = model.sheets.find((s) => s.visibility === "Visible")?.name ?? "";
  const settings = await xlsx.readSettings();
  if (settings !== undefined) {
    model.customXmlParts.push({ id: "{fixture}", namespaceUri: SETTINGS_NAMESPACE, xml: encodeSettingsXml(settings) });
  }
  return model;
}
