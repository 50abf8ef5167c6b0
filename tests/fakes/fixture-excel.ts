// Loads a fixture .xlsx into the fake Excel: each sheet as the .xlsx host reads it (values, number formats,
// merges, hidden rows), with its visibility, protection and Talenta's settings part.
import { readFileSync } from "node:fs";
import { XlsxHost } from "../../src/hosts/xlsx";
import { encodeSettingsXml, SETTINGS_NAMESPACE } from "../../src/hosts/office/settings-xml";
import { type FakeWorkbook, loadGrid, newWorkbook } from "./fake-excel";

export const FIXTURES = new URL("../../../shared/fixtures/", import.meta.url);

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export async function fakeWorkbookFromXlsx(fixture: string, apiVersion = "1.17"): Promise<FakeWorkbook> {
  const xlsx = XlsxHost.open(new Uint8Array(readFileSync(new URL(fixture, FIXTURES))));
  const model = newWorkbook([], apiVersion);
  for (const info of await xlsx.listSheets()) {
    const sheet = loadGrid(model, { ...(await xlsx.readUsedGrid(info.name)), sheet: info.name });
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
