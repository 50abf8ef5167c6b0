import type { PartStore } from "./part-store";
import { SETTINGS_NAMESPACE } from "../host";
import { decodeSettingsXml } from "../settings-xml";

// A fixed item id: there is one Talenta settings item per workbook, and a re-run must write the same bytes.
const ITEM_ID = "{6A1E4C2B-5D0F-4E8A-9B3C-7F2D1A0E5B91}";

/** The customXml item whose root element is in Talenta's namespace, if any. */
export function findSettingsPart(store: PartStore): string | undefined {
  return store.names().find((name) => /^customXml\/item\d+\.xml$/i.test(name) && decodeSettingsXml(store.text(name) ?? "") !== undefined);
}

export function settingsPropsXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${SETTINGS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}
