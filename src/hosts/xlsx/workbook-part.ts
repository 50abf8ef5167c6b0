import { childElements, localName, parseAttrs, prefixOf, rootElement, setAttr, type ElementSpan } from "./xml-scan";
import { escapeXmlAttr, escapeXmlText, malformed } from "./xml-text";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The element as it came in; undefined for a sheet Talenta adds. */
  raw?: string;
}

const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

export function readWorkbookSheets(xml: string): SheetEntry[] {
  const sheets = child(xml, rootElement(xml), "sheets");
  if (!sheets) throw malformed("a workbook without <sheets>");
  return childElements(xml, sheets.contentStart, sheets.contentEnd)
    .filter((c) => localName(c.name) === "sheet")
    .map((c) => {
      const attrs = parseAttrs(xml, c.start, c.contentStart - 1);
      const relKey = Object.keys(attrs).find((k) => k.endsWith(":id"));
      const state = attrs.state === "hidden" || attrs.state === "veryHidden" ? attrs.state : "visible";
      return { name: attrs.name ?? "", sheetId: Number(attrs.sheetId), relId: relKey ? attrs[relKey] : "", state, raw: xml.slice(c.start, c.end) };
    });
}

/** The workbook uses the 1904 date system: `<workbookPr date1904="1"/>` (or "true"). */
export function usesDate1904(xml: string): boolean {
  const pr = child(xml, rootElement(xml), "workbookPr");
  if (!pr) return false;
  const value = parseAttrs(xml, pr.start, pr.contentStart - 1).date1904;
  return value === "1" || value === "true";
}

function child(xml: string, parent: ElementSpan, local: string): ElementSpan | undefined {
  return childElements(xml, parent.contentStart, parent.contentEnd).find((c) => localName(c.name) === local);
}

export interface WorkbookPlan {
  original: SheetEntry[];
  final: SheetEntry[];
  /** Sheets Talenta emptied or created: their built-in names (_xlnm.*) are replaced. */
  owned: Set<number>;
  /** Print area ranges ("'Sheet'!$A$1:$F$20") by sheetId. */
  printAreas: Map<number, string>;
  /** Print titles (rows repeated on every page: "'Sheet'!$4:$4") by sheetId; absent when none. */
  printTitles?: Map<number, string>;
}

/** workbook.xml with the sheet list and sheet-scoped defined names brought in line with the plan. */
export function writeWorkbook(xml: string, plan: WorkbookPlan): string {
  const root = rootElement(xml);
  const p = prefixOf(root.name);
  const sameSheets = plan.final.length === plan.original.length && plan.final.every((s, i) => s.raw !== undefined && s.raw === plan.original[i].raw);
  const finalIndex = new Map(plan.final.map((s, i) => [s.sheetId, i]));
  const indexMap = plan.original.map((s) => finalIndex.get(s.sheetId));
  const edits: { start: number; end: number; text: string }[] = [];
  const kids = childElements(xml, root.contentStart, root.contentEnd);
  const find = (local: string) => kids.find((k) => localName(k.name) === local);
  const sheets = find("sheets")!;
  if (!sameSheets) {
    const inner = plan.final
      .map((s) => s.raw ?? `<${p}sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="${escapeXmlAttr(s.name)}" sheetId="${s.sheetId}" r:id="${s.relId}"/>`)
      .join("");
    edits.push({ start: sheets.start, end: sheets.end, text: `${xml.slice(sheets.start, sheets.contentStart).replace(/\s*\/>$/, ">")}${inner}</${sheets.name}>` });
  }
  const names = find("definedNames");
  const kept: string[] = [];
  let namesChanged = false;
  if (names) {
    for (const d of childElements(xml, names.contentStart, names.contentEnd)) {
      let raw = xml.slice(d.start, d.end);
      const attrs = parseAttrs(xml, d.start, d.contentStart - 1);
      if (attrs.localSheetId !== undefined) {
        const orig = Number(attrs.localSheetId);
        const to = indexMap[orig];
        const sheet = plan.original[orig];
        if (to === undefined || (sheet && plan.owned.has(sheet.sheetId) && attrs.name?.startsWith("_xlnm."))) {
          namesChanged = true;
          continue;
        }
        if (to !== orig) {
          const open = xml.slice(d.start, d.contentStart);
          raw = setAttr(open, "localSheetId", String(to)) + xml.slice(d.contentStart, d.end);
          namesChanged = true;
        }
      }
      kept.push(raw);
    }
  }
  plan.final.forEach((s, i) => {
    const area = plan.printAreas.get(s.sheetId);
    if (area !== undefined) {
      kept.push(`<${p}definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXmlText(area)}</${p}definedName>`);
      namesChanged = true;
    }
    const titles = plan.printTitles?.get(s.sheetId);
    if (titles !== undefined) {
      kept.push(`<${p}definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXmlText(titles)}</${p}definedName>`);
      namesChanged = true;
    }
  });
  if (namesChanged) {
    const text = kept.length ? `<${p}definedNames>${kept.join("")}</${p}definedNames>` : "";
    if (names) edits.push({ start: names.start, end: names.end, text });
    else {
      const next = kids.find((k) => AFTER_DEFINED_NAMES.includes(localName(k.name)));
      const at = next ? next.start : root.contentEnd;
      edits.push({ start: at, end: at, text });
    }
  }
  const views = find("bookViews");
  if (views && !sameSheets) {
    for (const v of childElements(xml, views.contentStart, views.contentEnd)) {
      const open = xml.slice(v.start, v.contentStart);
      const attrs = parseAttrs(xml, v.start, v.contentStart - 1);
      let tag = open;
      for (const key of ["activeTab", "firstSheet"]) {
        if (attrs[key] === undefined) continue;
        const to = indexMap[Number(attrs[key])] ?? 0;
        if (to !== Number(attrs[key])) tag = setAttr(tag, key, String(to));
      }
      if (tag !== open) edits.push({ start: v.start, end: v.contentStart, text: tag });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
