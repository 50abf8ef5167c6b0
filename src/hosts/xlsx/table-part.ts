import type { CellValue, Rect } from "../../grid/types";
import { rangeAddress } from "../../grid/a1";
import type { PartStore } from "./part-store";
import { attrOf, rootElement } from "./xml-scan";
import { escapeXmlAttr } from "./xml-text";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DEFAULT_STYLE = "TableStyleMedium2";

/** A table as written: its workbook-unique id and name, and one column name per header cell. */
export interface TablePlan {
  id: number;
  name: string;
  rect: Rect;
  style: string;
  columns: string[];
}

/** Ids and names (lower case) of the tables already in the package, leaving out `except` (parts being replaced). */
export function tablesInPackage(store: PartStore, tableParts: string[], except: Set<string>): { ids: Set<number>; names: Set<string> } {
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const part of tableParts) {
    if (except.has(part.toLowerCase()) || !store.has(part)) continue;
    const xml = store.text(part) ?? "";
    try {
      const root = rootElement(xml);
      const tag = xml.slice(root.start, root.contentStart);
      const id = Number(attrOf(tag, "id"));
      if (Number.isInteger(id)) ids.add(id);
      for (const key of ["name", "displayName"]) {
        const n = attrOf(tag, key);
        if (n) names.add(n.toLowerCase());
      }
    } catch {
      // A damaged table part of the user's is left as it is; it only cannot reserve an id.
    }
  }
  return { ids, names };
}

/** Header cells → column names Excel accepts: text, never empty, unique without regard to case. */
export function tableColumnNames(headers: (CellValue | undefined)[]): string[] {
  const used = new Set<string>();
  return headers.map((h, i) => {
    const base = h === null || h === undefined || String(h).trim() === "" ? `Column${i + 1}` : String(h).replace(/[\r\n]+/g, " ");
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** A name not yet taken (case-insensitive): the wanted one, else with _2, _3… */
export function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export function tableXml(t: TablePlan): string {
  const ref = rangeAddress(t.rect);
  const columns = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXmlAttr(c)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${t.id}" name="${escapeXmlAttr(t.name)}" displayName="${escapeXmlAttr(t.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXmlAttr(t.style || DEFAULT_STYLE)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
