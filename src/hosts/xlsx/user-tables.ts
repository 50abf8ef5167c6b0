// The user's own Excel tables (xl/tables/tableN.xml reached from a sheet's relationships): read as grid facts,
// and widened over Talenta's result columns (issue 3: "if the data is an Excel table, the result columns join
// the table"). Excel is strict here (../shared/reference/ooxml.md, Tables): `ref`, the autoFilter's `ref` and
// the column list change together, column names are unique and equal the header cells, ids are unique.
import type { Rect, SheetAutoFilter, SheetTable } from "../../grid/types";
import { parseRangeAddress, rangeAddress } from "../../grid/a1";
import type { PartStore } from "./part-store";
import { REL, RelsFile, relsPathFor } from "./rels";
import { attrOf, childByName, childElements, elementAt, localName, prefixOf, rootElement, setAttr, type ElementSpan } from "./xml-scan";
import { escapeXmlAttr } from "./xml-text";

/** A table part of a sheet with the facts read from it. */
export interface TablePartInfo {
  part: string;
  table: SheetTable;
}

/** Elements that make a <filterColumn> an active filter (a bare one only hides or shows a button). */
const CRITERIA = new Set(["filters", "top10", "customFilters", "dynamicFilter", "colorFilter", "iconFilter"]);

/** The tables of the sheet stored in `sheetPart`; a damaged table part is skipped (the sheet still reads). */
export function readSheetTables(store: PartStore, sheetPart: string): TablePartInfo[] {
  const relsXml = store.text(relsPathFor(sheetPart));
  if (relsXml === undefined) return [];
  const out: TablePartInfo[] = [];
  for (const rel of new RelsFile(sheetPart, relsXml).targets()) {
    if (rel.type !== REL.table) continue;
    const xml = store.text(rel.part);
    if (xml === undefined) continue;
    try {
      const table = parseTable(xml);
      if (table) out.push({ part: store.resolve(rel.part) ?? rel.part, table });
    } catch {
      // A table part Talenta cannot read is the user's business: it is neither reported nor touched.
    }
  }
  return out;
}

export function parseTable(xml: string): SheetTable | undefined {
  const root = rootElement(xml);
  const tag = xml.slice(root.start, root.contentStart);
  const rect = parseRangeAddress(attrOf(tag, "ref") ?? "");
  const name = attrOf(tag, "displayName") ?? attrOf(tag, "name");
  if (!rect || !name) return undefined;
  const filter = childByName(xml, root, "autoFilter");
  return {
    name,
    rect,
    headerRow: attrOf(tag, "headerRowCount") !== "0",
    totalsRow: Number(attrOf(tag, "totalsRowCount") ?? "0") > 0,
    filtered: filter ? hasCriteria(xml, filter) : false,
    ...(isLinked(attrOf(tag, "tableType")) ? { linked: true } : {}),
  };
}

/** tableType "queryTable" or "xml": a query table part or an XML map defines the columns (ECMA-376 §18.5.1.2). */
function isLinked(tableType: string | undefined): boolean {
  return tableType !== undefined && tableType !== "worksheet";
}

/**
 * Rewrites the table part of `table` on the sheet stored in `sheetPart` (see widenTableXml); no other part.
 * @throws Error when the sheet has no such table, or the columns do not touch it
 */
export function joinUserTable(store: PartStore, sheetPart: string, table: string, columns: { col: number; names: string[] }): void {
  const found = readSheetTables(store, sheetPart).find((t) => t.table.name.toLowerCase() === table.toLowerCase());
  if (!found) throw new Error(`The sheet has no table "${table}".`);
  const xml = store.text(found.part)!;
  const widened = widenTableXml(xml, columns);
  if (widened !== xml) store.setText(found.part, widened);
}

/** The sheet's own <autoFilter> (it follows <sheetData>), when it has one. */
export function readSheetAutoFilter(sheetXml: string): SheetAutoFilter | undefined {
  const tail = Math.max(0, sheetXml.lastIndexOf("sheetData>"));
  const re = /<(?:[\w.-]+:)?autoFilter(?=[\s/>])/g;
  re.lastIndex = tail;
  const m = re.exec(sheetXml);
  if (!m) return undefined;
  try {
    const el = elementAt(sheetXml, m.index);
    const rect = parseRangeAddress(attrOf(sheetXml.slice(el.start, el.contentStart), "ref") ?? "");
    return rect ? { rect, filtered: hasCriteria(sheetXml, el) } : undefined;
  } catch {
    return undefined;
  }
}

function hasCriteria(xml: string, autoFilter: ElementSpan): boolean {
  return childElements(xml, autoFilter.contentStart, autoFilter.contentEnd).some(
    (c) => localName(c.name) === "filterColumn" && childElements(xml, c.contentStart, c.contentEnd).some((k) => CRITERIA.has(localName(k.name))),
  );
}

/**
 * The table part with sheet columns `col`… given `names`, the table widened to the last of them when it ends
 * before. `ref`, the autoFilter's `ref` and `tableColumns` change; every other byte of the part stays.
 * @throws Error when the columns do not touch the table or the table has no header row
 */
export function widenTableXml(xml: string, columns: { col: number; names: string[] }): string {
  const root = rootElement(xml);
  const tableTag = xml.slice(root.start, root.contentStart);
  const rect = parseRangeAddress(attrOf(tableTag, "ref") ?? "");
  if (!rect) throw new Error("table without a ref");
  if (attrOf(tableTag, "headerRowCount") === "0") throw new Error("a table without a header row cannot take named columns");
  const { col, names } = columns;
  if (col <= rect.col || col > rect.col + rect.cols) throw new Error(`columns from ${col} do not touch the table ${rangeAddress(rect)}`);
  const right = Math.max(rect.col + rect.cols, col + names.length);
  const widened: Rect = { ...rect, cols: right - rect.col };

  const kids = childElements(xml, root.contentStart, root.contentEnd);
  const edits: { from: number; to: number; text: string }[] = [];
  const filter = kids.find((k) => localName(k.name) === "autoFilter");
  if (filter) {
    const filterTag = xml.slice(filter.start, filter.contentStart);
    const filterRect = parseRangeAddress(attrOf(filterTag, "ref") ?? "") ?? rect;
    const ref = rangeAddress({ ...filterRect, cols: right - filterRect.col });
    edits.push({ from: filter.start, to: filter.contentStart, text: setAttr(filterTag, "ref", ref) });
  }
  const list = kids.find((k) => localName(k.name) === "tableColumns");
  if (!list) throw new Error("table without tableColumns");
  const items = childElements(xml, list.contentStart, list.contentEnd).filter((c) => localName(c.name) === "tableColumn");
  let nextId = 1 + Math.max(0, ...items.map((c) => Number(attrOf(xml.slice(c.start, c.contentStart), "id")) || 0));
  const added: string[] = [];
  names.forEach((name, i) => {
    const index = col - rect.col + i;
    const item = items[index];
    if (item) {
      const tag = xml.slice(item.start, item.contentStart);
      edits.push({ from: item.start, to: item.contentStart, text: setAttr(tag, "name", name) });
    } else {
      added.push(`<${prefixOf(list.name)}tableColumn id="${nextId++}" name="${escapeXmlAttr(name)}"/>`);
    }
  });
  const count = Math.max(items.length, widened.cols);
  const listTag = setAttr(xml.slice(list.start, list.contentStart), "count", String(count));
  if (list.selfClosing) {
    edits.push({ from: list.start, to: list.end, text: `${listTag.replace(/\/>$/, ">")}${added.join("")}</${list.name}>` });
  } else {
    edits.push({ from: list.start, to: list.contentStart, text: listTag });
    if (added.length) edits.push({ from: list.contentEnd, to: list.contentEnd, text: added.join("") });
  }
  edits.push({ from: root.start, to: root.contentStart, text: setAttr(tableTag, "ref", rangeAddress(widened)) });

  let out = xml;
  for (const e of edits.sort((a, b) => b.from - a.from || b.to - a.to)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
