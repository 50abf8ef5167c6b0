import type { CellValue, RangeRef, Rect, ScatterChartSpec, PrintTitles, SheetLayout } from "../../grid/types";
import { columnLetters, printTitleAddresses, quoteSheetName, rangeAddress } from "../../grid/a1";
import { drawingXml, scatterChartXml, type SeriesCache } from "./chart-part";
import { CONTENT_TYPE, ContentTypes } from "./content-types";
import { REL, RelsFile, relsPathFor } from "./rels";
import { readGrid } from "./sheet-read";
import { findSettingsPart, settingsPropsXml } from "./settings-part";
import { encodeSettingsXml } from "../settings-xml";
import { writeWorkbook } from "./workbook-part";
import type { XlsxHost } from "./xlsx-host";
import { writeZip, writeZipAsync, type ZipSource } from "./zip-write";
import { planTables, writeTableParts } from "./owned-tables";
import { ownedSheetPieces } from "./sheet-build";
import { streamSplice } from "./sheet-splice";

/** Writes every pending change into the host's parts and zips the package. */
export function savePackage(host: XlsxHost): Uint8Array {
  return writeZip(preparePackage(host));
}

/** The same package as savePackage, as chunks in order, deflated on Node's thread pool while the next parts are built. */
export function savePackageAsync(host: XlsxHost): Promise<Uint8Array[]> {
  return writeZipAsync(preparePackage(host));
}

/** Writes every pending change into the host's parts: what the zip writer takes, in order. */
function preparePackage(host: XlsxHost): ZipSource[] {
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
  const printTitles = new Map<number, string>();
  for (const s of host.sheets) {
    const area = host.owned.get(s.entry.sheetId)?.layout.page?.printArea;
    if (area) printAreas.set(s.entry.sheetId, `${quoteSheetName(s.entry.name)}!${absolute(area)}`);
    const titles = printTitlesRef(s.entry.name, host.owned.get(s.entry.sheetId)?.layout.page?.printTitles);
    if (titles) printTitles.set(s.entry.sheetId, titles);
  }
  const workbook = writeWorkbook(host.originalWorkbookXml, {
    original: host.originalSheets,
    final: host.sheets.map((s) => s.entry),
    owned: new Set(host.owned.keys()),
    printAreas,
    printTitles,
  });
  if (workbook !== host.originalWorkbookXml) store.setText(host.workbookPart, workbook);
  const relsPath = relsPathFor(host.workbookPart);
  if (host.workbookRels.toString() !== store.text(relsPath)) store.setText(relsPath, host.workbookRels.toString());
  for (const name of [...store.original, ...host.dropped]) if (!store.has(name)) types.removeOverride(name);
  if (types.toString() !== store.text("[Content_Types].xml")) store.setText("[Content_Types].xml", types.toString());
  return store.zipSources();
}

function writeSheets(host: XlsxHost, types: ContentTypes): void {
  const { store } = host;
  const tablePlans = planTables(host);
  for (const s of host.sheets) {
    const id = s.entry.sheetId;
    const owned = host.owned.get(id);
    if (!owned && !host.edits.has(id)) continue;
    if (!owned) {
      // Walked now to learn whether a formula went (calcChain is decided before zipping); the rows are built
      // only while the zip writer deflates them, and a later read or save splices again.
      const stream = () => streamSplice(host.baseXml.get(id) ?? "", host.edits.get(id)!, host.rowIndex.get(id));
      const current = stream();
      if (current.removedFormula) host.removedFormula = true;
      let first: Iterable<string> | undefined = current.pieces;
      store.setProducer(s.part, () => {
        const pieces = first ?? stream().pieces;
        first = undefined;
        return pieces;
      });
      continue;
    }
    types.ensure(s.part, CONTENT_TYPE.worksheet);
    const sheetRels = relsPathFor(s.part);
    const hasChart = owned.drawingPart !== undefined && owned.charts.length > 0;
    const plans = tablePlans.get(id) ?? [];
    const tableParts = writeTableParts(host, id, plans, types);
    const rels = new RelsFile(s.part, undefined);
    if (hasChart) rels.add(REL.drawing, owned.drawingPart!, "rId1");
    const relIds = tableParts.map((part, i) => rels.add(REL.table, part, `rId${i + (hasChart ? 2 : 1)}`));
    const edits = host.edits.get(id)!;
    const layout = owned.layout;
    store.setProducer(s.part, () => ownedSheetPieces(edits, layout, hasChart ? "rId1" : undefined, { relIds, plans }));
    if (!hasChart && tableParts.length === 0) {
      store.delete(sheetRels);
      continue;
    }
    store.setText(sheetRels, rels.toString());
    if (!hasChart || !owned.drawingPart) continue;
    const drawingRels = new RelsFile(owned.drawingPart, undefined);
    const anchors = owned.charts.map((c, i) => ({ relId: drawingRels.add(REL.chart, c.part, `rId${i + 1}`), anchor: c.spec.anchor, name: `Chart ${i + 1}` }));
    store.setText(owned.drawingPart, drawingXml(anchors));
    store.setText(relsPathFor(owned.drawingPart), drawingRels.toString());
    types.ensure(owned.drawingPart, CONTENT_TYPE.drawing);
    for (const c of owned.charts) {
      const spec = c.spec;
      store.setProducer(c.part, () => scatterChartXml(spec, seriesCaches(spec, cellReader(host))));
      types.ensure(c.part, CONTENT_TYPE.chart);
    }
  }
}

/**
 * Cell values by sheet for chart caches, each sheet read once per reader. A sheet Talenta owns holds only its
 * edits: they are read directly, without building its XML.
 */
function cellReader(host: XlsxHost): (sheet: string) => (row: number, col: number) => CellValue | undefined {
  const grids = new Map<string, (row: number, col: number) => CellValue | undefined>();
  return (sheet: string) => {
    let at = grids.get(sheet.toLowerCase());
    if (!at) {
      const s = host.find(sheet)!;
      const edits = host.edits.get(s.entry.sheetId);
      if (host.owned.has(s.entry.sheetId) && edits) {
        at = (r, c) => edits.valueAt(r, c);
      } else {
        const g = readGrid(s.entry.name, host.currentSheetXml(s).xml, host.strings(), host.styles);
        at = (r, c) => g.values[r - g.origin.row]?.[c - g.origin.col];
      }
      grids.set(sheet.toLowerCase(), at);
    }
    return at;
  };
}

function seriesCaches(spec: ScatterChartSpec, cellOf: (sheet: string) => (row: number, col: number) => CellValue | undefined): SeriesCache[] {
  const values = (ref: RangeRef): (number | null)[] => {
    const at = cellOf(ref.sheet);
    const out: (number | null)[] = [];
    for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) {
        const v = at(r, c);
        out.push(typeof v === "number" ? v : null);
      }
    }
    return out;
  };
  return spec.series.map((s) => ({ x: values(s.x), y: values(s.y) }));
}

function writeSettingsParts(host: XlsxHost, types: ContentTypes, text: string): void {
  const { store } = host;
  const existing = findSettingsPart(store);
  if (existing) {
    store.setText(existing, encodeSettingsXml(text));
    return;
  }
  let n = 1;
  while (store.has(`customXml/item${n}.xml`) || store.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  store.setText(item, encodeSettingsXml(text));
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

/**
 * The value of _xlnm.Print_Titles: columns first, then rows, each a whole-column or whole-row range
 * ("'Talenta - Validasi'!$8:$8", "'S'!$A:$B,'S'!$1:$2"), as Excel writes it; undefined when there are none.
 */
export function printTitlesRef(sheet: string, titles: PrintTitles | undefined): string | undefined {
  const q = quoteSheetName(sheet);
  const { rows, cols } = printTitleAddresses(titles);
  const parts = [cols, rows].filter((a): a is string => a !== undefined).map((a) => `${q}!${a}`);
  return parts.length ? parts.join(",") : undefined;
}
