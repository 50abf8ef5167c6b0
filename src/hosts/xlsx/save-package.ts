import { zipSync, type Zippable } from "fflate";
import type { CellValue, Grid, RangeRef, Rect, ScatterChartSpec } from "../../grid/types";
import { quoteSheetName, rangeAddress } from "../../grid/a1";
import { drawingXml, scatterChartXml, type SeriesCache } from "./chart-part";
import { CONTENT_TYPE, ContentTypes } from "./content-types";
import { REL, RelsFile, relsPathFor } from "./rels";
import { readGrid } from "./sheet-read";
import { findSettingsPart, settingsItemXml, settingsPropsXml } from "./settings-part";
import { writeWorkbook } from "./workbook-part";
import type { XlsxHost } from "./xlsx-host";
import { readSharedStrings } from "./rich-text";

// A fixed timestamp keeps two saves of the same content byte-identical.
const ZIP_TIME = new Date(2000, 0, 1);

/** Writes every pending change into the host's parts and zips the package. */
export function savePackage(host: XlsxHost): Uint8Array {
  const { store } = host;
  const types = new ContentTypes(store.text("[Content_Types].xml")!);
  writeSheets(host, types);
  if (host.styles.changed) {
    const part = host.stylesPart ?? "xl/styles.xml";
    store.setText(part, host.styles.toString());
    if (!host.workbookRels.targets().some((t) => t.type === REL.styles)) host.workbookRels.add(REL.styles, part);
    types.ensure(part, CONTENT_TYPE.styles);
  }
  if (host.pendingSettings !== undefined) writeSettingsParts(host, types, host.pendingSettings);
  if (host.removedFormula) dropCalcChain(host, types);
  const printAreas = new Map<number, string>();
  for (const s of host.sheets) {
    const area = host.owned.get(s.entry.sheetId)?.layout.page?.printArea;
    if (area) printAreas.set(s.entry.sheetId, `${quoteSheetName(s.entry.name)}!${absolute(area)}`);
  }
  const workbook = writeWorkbook(host.originalWorkbookXml, {
    original: host.originalSheets,
    final: host.sheets.map((s) => s.entry),
    owned: new Set(host.owned.keys()),
    printAreas,
  });
  if (workbook !== host.originalWorkbookXml) store.setText(host.workbookPart, workbook);
  const relsPath = relsPathFor(host.workbookPart);
  if (host.workbookRels.toString() !== store.text(relsPath)) store.setText(relsPath, host.workbookRels.toString());
  for (const name of store.original) if (!store.has(name)) types.removeOverride(name);
  if (types.toString() !== store.text("[Content_Types].xml")) store.setText("[Content_Types].xml", types.toString());
  const files: Zippable = {};
  for (const name of store.names()) {
    const data = store.bytesOf(name)!;
    files[name] = [data, { level: data.length > 8 * 1024 * 1024 ? 1 : 6 }];
  }
  return zipSync(files, { mtime: ZIP_TIME });
}

function writeSheets(host: XlsxHost, types: ContentTypes): void {
  const { store } = host;
  const grids = new Map<string, Grid>();
  const gridOf = (sheet: string): Grid => {
    let g = grids.get(sheet.toLowerCase());
    if (!g) {
      const s = host.find(sheet)!;
      g = readGrid(s.entry.name, host.currentSheetXml(s).xml, sharedStrings(host), host.styles);
      grids.set(sheet.toLowerCase(), g);
    }
    return g;
  };
  for (const s of host.sheets) {
    const id = s.entry.sheetId;
    const owned = host.owned.get(id);
    if (!owned && !host.edits.has(id)) continue;
    const current = host.currentSheetXml(s);
    if (current.removedFormula) host.removedFormula = true;
    store.setText(s.part, current.xml);
    if (!owned) continue;
    types.ensure(s.part, CONTENT_TYPE.worksheet);
    const sheetRels = relsPathFor(s.part);
    if (!owned.drawingPart || owned.charts.length === 0) {
      store.delete(sheetRels);
      continue;
    }
    const rels = new RelsFile(s.part, undefined);
    rels.add(REL.drawing, owned.drawingPart, "rId1");
    store.setText(sheetRels, rels.toString());
    const drawingRels = new RelsFile(owned.drawingPart, undefined);
    const anchors = owned.charts.map((c, i) => ({ relId: drawingRels.add(REL.chart, c.part, `rId${i + 1}`), anchor: c.spec.anchor, name: `Chart ${i + 1}` }));
    store.setText(owned.drawingPart, drawingXml(anchors));
    store.setText(relsPathFor(owned.drawingPart), drawingRels.toString());
    types.ensure(owned.drawingPart, CONTENT_TYPE.drawing);
    for (const c of owned.charts) {
      store.setText(c.part, scatterChartXml(c.spec, seriesCaches(c.spec, gridOf)));
      types.ensure(c.part, CONTENT_TYPE.chart);
    }
  }
}

function seriesCaches(spec: ScatterChartSpec, gridOf: (sheet: string) => Grid): SeriesCache[] {
  const values = (ref: RangeRef): (number | null)[] => {
    const g = gridOf(ref.sheet);
    const out: (number | null)[] = [];
    for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) {
        const v: CellValue | undefined = g.values[r - g.origin.row]?.[c - g.origin.col];
        out.push(typeof v === "number" ? v : null);
      }
    }
    return out;
  };
  return spec.series.map((s) => ({ x: values(s.x), y: values(s.y) }));
}

function sharedStrings(host: XlsxHost): string[] {
  const part = host.workbookRels.targets().find((t) => t.type === REL.sharedStrings)?.part;
  const xml = part === undefined ? undefined : host.store.text(part);
  return xml === undefined ? [] : readSharedStrings(xml);
}

function writeSettingsParts(host: XlsxHost, types: ContentTypes, text: string): void {
  const { store } = host;
  const existing = findSettingsPart(store);
  if (existing) {
    store.setText(existing, settingsItemXml(text));
    return;
  }
  let n = 1;
  while (store.has(`customXml/item${n}.xml`) || store.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  store.setText(item, settingsItemXml(text));
  store.setText(props, settingsPropsXml());
  const rels = new RelsFile(item, undefined);
  rels.add(REL.customXmlProps, props, "rId1");
  store.setText(relsPathFor(item), rels.toString());
  host.workbookRels.add(REL.customXml, item);
  types.ensure(item, CONTENT_TYPE.xml);
  types.ensure(props, CONTENT_TYPE.customXmlProperties);
}

/** Talenta removed a formula cell: calcChain.xml would list a cell that is gone, so it is dropped (Excel rebuilds it). */
function dropCalcChain(host: XlsxHost, types: ContentTypes): void {
  const rel = host.workbookRels.targets().find((t) => t.type === REL.calcChain);
  if (!rel) return;
  host.store.delete(rel.part);
  host.workbookRels.remove((r) => r.id === rel.id);
  types.removeOverride(rel.part);
}

function absolute(rect: Rect): string {
  return rangeAddress(rect)
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}


