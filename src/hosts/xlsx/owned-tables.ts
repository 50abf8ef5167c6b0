import { CONTENT_TYPE, type ContentTypes } from "./content-types";
import { freePartName } from "./package-graph";
import { tableColumnNames, tablesInPackage, uniqueTableName, tableXml, type TablePlan } from "./table-part";
import type { XlsxHost } from "./xlsx-host";

/**
 * The tables of every sheet Talenta owns, with ids and names unique in the workbook: the user's own tables
 * keep theirs, Talenta's come after. A table needs a header and a body row; a smaller one is left out,
 * as the Office host does.
 */
export function planTables(host: XlsxHost): Map<number, TablePlan[]> {
  const ours = new Set<string>();
  for (const o of host.owned.values()) for (const p of o.tableParts) ours.add(p.toLowerCase());
  const candidates = host.store.names().filter((n) => /(^|\/)tables\/[^/]+\.xml$/i.test(n));
  const { ids, names } = tablesInPackage(host.store, candidates, ours);
  let nextId = Math.max(0, ...ids) + 1;
  const plans = new Map<number, TablePlan[]>();
  for (const s of host.sheets) {
    const owned = host.owned.get(s.entry.sheetId);
    if (!owned) continue;
    const edits = host.edits.get(s.entry.sheetId)!;
    const list: TablePlan[] = [];
    for (const t of owned.layout.tables ?? []) {
      if (t.rect.rows < 2 || t.rect.cols < 1) continue;
      const headers = Array.from({ length: t.rect.cols }, (_, i) => edits.valueAt(t.rect.row, t.rect.col + i));
      list.push({ id: nextId++, name: uniqueTableName(t.name, names), rect: t.rect, style: t.style ?? "", columns: tableColumnNames(headers) });
    }
    plans.set(s.entry.sheetId, list);
  }
  return plans;
}

/**
 * Writes one owned sheet's table parts, reusing the part names of an earlier save in this session so that
 * saving again gives the same package; parts no longer needed are removed. Returns the parts, in order.
 */
export function writeTableParts(host: XlsxHost, sheetId: number, plans: TablePlan[], types: ContentTypes): string[] {
  const owned = host.owned.get(sheetId)!;
  const parts: string[] = [];
  plans.forEach((plan, i) => {
    let part = owned.tableParts[i];
    if (part === undefined) {
      part = freePartName(host.store, "xl/tables", "table", "xml");
    }
    host.store.setText(part, tableXml(plan));
    types.ensure(part, CONTENT_TYPE.table);
    parts.push(part);
  });
  for (const old of owned.tableParts.slice(plans.length)) {
    host.store.delete(old);
    types.removeOverride(old);
  }
  owned.tableParts = parts;
  return parts;
}
