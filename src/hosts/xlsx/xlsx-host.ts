import type { Block, ColumnBlock, Grid, Rect, ScatterChartSpec, SheetLayout } from "../../grid/types";
import { blockHeight, blockRow, blockWidth, isColumnBlock } from "../../grid/block";
import { blockColumnWidths, SheetNotFoundError, SheetProtectedError, type Host, type SheetInfo } from "../host";
import { SheetEdits } from "./cell-edits";
import { styleResolver } from "./style-resolver";
import { tableNameProblem } from "../../grid/table-name";
import type { XlsxLimits } from "./limits";
import { openPackage } from "./open-package";
import { deletePartTrees, freePartName } from "./package-graph";
import type { PartStore } from "./part-store";
import { REL, RelsFile, relsPathFor } from "./rels";
import { buildOwnedSheet } from "./sheet-build";
import { isProtected, readGrid } from "./sheet-read";
import { spliceSheet } from "./sheet-splice";
import type { RowIndex } from "./sheet-tags";
import { readSharedStrings } from "./rich-text";
import { findSettingsPart } from "./settings-part";
import { decodeSettingsXml } from "../settings-xml";
import { MINIMAL_STYLES, StyleBook } from "./styles-book";
import { usesDate1904, type SheetEntry } from "./workbook-part";
import type { PackageKind } from "./package-kind";
import { savePackage, savePackageAsync } from "./save-package";
import { joinUserTable, readSheetAutoFilter, readSheetTables } from "./user-tables";

export interface SheetState {
  entry: SheetEntry;
  part: string;
  isWorksheet: boolean;
}

/** A sheet Talenta created or emptied in this session: written whole at save. */
export interface OwnedSheet {
  layout: SheetLayout;
  charts: { spec: ScatterChartSpec; part: string }[];
  drawingPart?: string;
  /** Table parts written by an earlier save in this session, reused by the next. */
  tableParts: string[];
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/**
 * The Host over an .xlsx package. Parts Talenta does not own leave byte for byte; the target sheet gets
 * only its written cells spliced in; Talenta's sheets, charts and settings are parts of their own.
 */
export class XlsxHost implements Host {
  readonly sheets: SheetState[];
  readonly originalSheets: SheetEntry[];
  readonly workbookRels: RelsFile;
  readonly styles: StyleBook;
  readonly stylesPart: string | undefined;
  /** workbook.xml as read: each save derives the new one from it and the current sheet list. */
  readonly originalWorkbookXml: string;
  readonly edits = new Map<number, SheetEdits>();
  readonly baseXml = new Map<number, string>();
  readonly owned = new Map<number, OwnedSheet>();
  /** Rows of a user sheet's XML as readUsedGrid scanned them, for the splice to reuse. */
  readonly rowIndex = new Map<number, RowIndex>();
  /** Parts removed in this session: their content-type overrides go at save. */
  readonly dropped = new Set<string>();
  pendingSettings: string | undefined;
  removedFormula = false;
  /** The workbook's dates count from 1904 (every grid read says so). */
  private readonly date1904: boolean;
  private sharedStrings: string[] | undefined;
  private nextSheetId: number;

  private constructor(
    readonly store: PartStore,
    readonly workbookPart: string,
    sheets: SheetEntry[],
    /** What kind of Excel file this is; a save keeps it (a macro-enabled workbook stays one). */
    readonly kind: PackageKind,
  ) {
    this.originalSheets = sheets;
    this.originalWorkbookXml = store.text(workbookPart)!;
    this.date1904 = usesDate1904(this.originalWorkbookXml);
    this.workbookRels = new RelsFile(workbookPart, store.text(relsPathFor(workbookPart)));
    const targets = this.workbookRels.targets();
    this.sheets = sheets.map((entry) => {
      const rel = targets.find((t) => t.id === entry.relId);
      return { entry, part: rel?.part ?? "", isWorksheet: rel?.type === REL.worksheet && store.has(rel.part) };
    });
    this.stylesPart = targets.find((t) => t.type === REL.styles && store.has(t.part))?.part;
    this.styles = new StyleBook(this.stylesPart ? store.text(this.stylesPart)! : MINIMAL_STYLES);
    this.nextSheetId = Math.max(0, ...sheets.map((s) => s.sheetId || 0)) + 1;
  }

  /**
   * Opens a package from its bytes.
   * @throws WorkbookReadError when the bytes are not a safe, readable workbook
   */
  static open(bytes: Uint8Array, limits?: Partial<XlsxLimits>): XlsxHost {
    const opened = openPackage(bytes, limits);
    return new XlsxHost(opened.store, opened.workbookPart, opened.sheets, opened.kind);
  }

  /** The new package. Calling it again, or after more edits, is safe. */
  save(): Uint8Array {
    return savePackage(this);
  }

  /** The same bytes as save(), as chunks in order; large parts deflate on Node's thread pool meanwhile. */
  saveAsync(): Promise<Uint8Array[]> {
    return savePackageAsync(this);
  }

  /**
   * Each sheet's protection is learnt only when asked for: it means inflating the sheet's XML, and a run asks
   * only about the sheet it classifies (read by then) and Talenta's own, not about every archive sheet.
   */
  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => lazyProtection(s.entry.name, s.entry.state, () => this.isProtectedSheet(s)));
  }

  async readUsedGrid(sheet: string): Promise<Grid> {
    const s = this.sheet(sheet);
    if (!s.isWorksheet) return { sheet: s.entry.name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [], hiddenRows: [] };
    const id = s.entry.sheetId;
    const xml = this.currentSheetXml(s).xml;
    const grid = readGrid(s.entry.name, xml, this.strings(), this.styles, (index) => {
      if (!this.owned.has(id)) this.rowIndex.set(id, index);
    });
    if (this.date1904) grid.date1904 = true;
    if (this.owned.has(id)) return grid;
    // The user's tables and filter: result columns may join a table (issue 3); filtered rows are data (RULES §6).
    const tables = readSheetTables(this.store, s.part).map((t) => t.table);
    if (tables.length) grid.tables = tables;
    const autoFilter = readSheetAutoFilter(xml);
    if (autoFilter) grid.autoFilter = autoFilter;
    return grid;
  }

  /** Writes file XML directly: a filter hides rows but cannot misplace what is written. */
  readonly writesUnderFilterUnsafe = false;

  /**
   * Rewrites the user's table part (ref, autoFilter ref, tableColumns) at once; no other part changes.
   * @throws SheetNotFoundError, SheetProtectedError, Error when the sheet has no such table
   */
  async joinTable(sheet: string, table: string, columns: { col: number; names: string[] }): Promise<void> {
    const s = this.sheet(sheet);
    if (this.isProtectedSheet(s)) throw new SheetProtectedError(s.entry.name);
    checkBounds({ row: 0, col: columns.col, rows: 1, cols: columns.names.length });
    if (this.owned.has(s.entry.sheetId)) throw new Error(`"${s.entry.name}" is Talenta's sheet, not the user's data.`);
    joinUserTable(this.store, s.part, table, columns);
  }

  async ensureSheet(name: string): Promise<void> {
    checkSheetName(name);
    const existing = this.find(name);
    if (existing) {
      if (this.isProtectedSheet(existing)) throw new SheetProtectedError(existing.entry.name);
      if (hasFormula(this.sourceXml(existing))) this.removedFormula = true;
      this.dropOwnedParts(existing.entry.sheetId);
      for (const p of deletePartTrees(this.store, [existing.part])) this.dropped.add(p);
      existing.isWorksheet = true;
      this.baseXml.delete(existing.entry.sheetId);
      this.rowIndex.delete(existing.entry.sheetId);
    } else {
      const part = freePartName(this.store, "xl/worksheets", "sheet", "xml");
      this.store.setText(part, "");
      const relId = this.workbookRels.add(REL.worksheet, part);
      const entry: SheetEntry = { name, sheetId: this.nextSheetId++, relId, state: "visible" };
      this.sheets.push({ entry, part, isWorksheet: true });
    }
    const s = this.find(name)!;
    this.store.setText(s.part, "");
    this.edits.set(s.entry.sheetId, new SheetEdits());
    this.owned.set(s.entry.sheetId, { layout: {}, charts: [], tableParts: [] });
  }

  async deleteSheet(name: string): Promise<void> {
    const s = this.sheet(name);
    if (this.sheets.filter((x) => x !== s && x.entry.state === "visible").length === 0) {
      throw new Error(`Cannot delete "${s.entry.name}": a workbook needs at least one visible sheet.`);
    }
    if (hasFormula(this.sourceXml(s))) this.removedFormula = true;
    this.dropOwnedParts(s.entry.sheetId);
    for (const p of deletePartTrees(this.store, [s.part])) this.dropped.add(p);
    this.workbookRels.remove((r) => r.id === s.entry.relId);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.edits.delete(s.entry.sheetId);
    this.owned.delete(s.entry.sheetId);
    this.baseXml.delete(s.entry.sheetId);
    this.rowIndex.delete(s.entry.sheetId);
  }

  async writeBlock(block: Block | ColumnBlock): Promise<void> {
    const edits = this.editable(block.sheet);
    const height = blockHeight(block);
    const width = blockWidth(block);
    checkBounds({ row: block.row, col: block.col, rows: height, cols: width });
    const formats = block.formats ?? [];
    for (const f of formats) checkBounds({ row: block.row + f.row, col: block.col + f.col, rows: f.rows, cols: f.cols });
    const widths = blockColumnWidths(block);
    if (widths.length) checkBounds({ row: 0, col: block.col, rows: 1, cols: widths[widths.length - 1].col - block.col + 1 });
    this.setColumnWidths(block.sheet, edits, widths);
    const styleOf = styleResolver(formats, (style) => this.styles.styleIndex(style));
    // A column block's body rows are made here for the edits to keep (adopted, not copied).
    const head = isColumnBlock(block) ? block.head.length : height;
    const rowLength = (r: number) => (r < head ? blockRow(block, r).length : width);
    for (let r = 0; r < height; r++) edits.putRow(block.row + r, block.col, blockRow(block, r), (c) => styleOf(r, c), r >= head);
    for (const f of formats) {
      for (let r = f.row; r < f.row + f.rows; r++) {
        // Cells with a value were styled above: only the range's part right of the row's values is left.
        const from = r < height ? Math.max(f.col, rowLength(r)) : f.col;
        for (let c = from; c < f.col + f.cols; c++) edits.restyle(block.row + r, block.col + c, styleOf(r, c));
      }
    }
  }

  /** A user's sheet gets <col>s at save (sheet-cols.ts); an owned sheet's widths join its layout's. */
  private setColumnWidths(sheet: string, edits: SheetEdits, widths: { col: number; width: number }[]): void {
    if (widths.length === 0) return;
    const owned = this.owned.get(this.sheet(sheet).entry.sheetId);
    if (!owned) {
      for (const w of widths) edits.widths.set(w.col, w.width);
      return;
    }
    const cols = new Set(widths.map((w) => w.col));
    owned.layout = { ...owned.layout, columnWidths: [...(owned.layout.columnWidths ?? []).filter((w) => !cols.has(w.col)), ...widths] };
  }

  async clearRange(sheet: string, rect: Rect): Promise<void> {
    checkBounds(rect);
    this.editable(sheet).clearRect(rect);
  }

  /** @throws TypeError for a table name Excel would refuse (as the Office host does) */
  async setLayout(sheet: string, layout: SheetLayout): Promise<void> {
    const owned = this.ownedSheet(sheet);
    for (const { name } of layout.tables ?? []) {
      const problem = tableNameProblem(name);
      if (problem) throw new TypeError(`table name "${name}": ${problem}`);
    }
    for (const t of layout.tables ?? []) checkBounds(t.rect);
    for (const v of layout.validations ?? []) checkBounds(v.rect);
    owned.layout = { ...owned.layout, ...layout };
  }

  async addScatterChart(spec: ScatterChartSpec): Promise<void> {
    const owned = this.ownedSheet(spec.sheet);
    for (const s of spec.series) {
      this.sheet(s.x.sheet);
      this.sheet(s.y.sheet);
    }
    if (!owned.drawingPart) {
      owned.drawingPart = freePartName(this.store, "xl/drawings", "drawing", "xml");
      this.store.setText(owned.drawingPart, "");
    }
    const part = freePartName(this.store, "xl/charts", "chart", "xml");
    this.store.setText(part, "");
    owned.charts.push({ spec, part });
  }

  async readSettings(): Promise<string | undefined> {
    if (this.pendingSettings !== undefined) return this.pendingSettings;
    const part = findSettingsPart(this.store);
    return part === undefined ? undefined : decodeSettingsXml(this.store.text(part)!);
  }

  async writeSettings(text: string): Promise<void> {
    this.pendingSettings = text;
  }

  async flush(): Promise<void> {}

  /** The sheet's XML as it would be saved now, and whether a formula cell was removed on the way. */
  currentSheetXml(s: SheetState): { parts?: string[]; xml: string; removedFormula: boolean } {
    const id = s.entry.sheetId;
    const owned = this.owned.get(id);
    if (owned) {
      const drawing = owned.charts.length ? "rId1" : undefined;
      return { xml: buildOwnedSheet(this.edits.get(id)!, owned.layout, drawing), removedFormula: false };
    }
    const base = this.sourceXml(s);
    const edits = this.edits.get(id);
    return edits ? spliceSheet(base, edits, this.rowIndex.get(id)) : { xml: base, removedFormula: false };
  }

  find(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.entry.name.toLowerCase() === lower);
  }

  private sheet(name: string): SheetState {
    const s = this.find(name);
    if (!s) throw new SheetNotFoundError(name);
    return s;
  }

  private isProtectedSheet(s: SheetState): boolean {
    return !this.owned.has(s.entry.sheetId) && s.isWorksheet && isProtected(this.sourceXml(s));
  }

  /**
   * The sheet's XML before this session's cell edits. Its formulas and protection are what the edits start
   * from, and reading it never splices (a saved sheet's part is produced anew on each read).
   */
  private sourceXml(s: SheetState): string {
    return this.baseXml.get(s.entry.sheetId) ?? this.store.text(s.part) ?? "";
  }

  private editable(name: string): SheetEdits {
    const s = this.sheet(name);
    if (!s.isWorksheet) throw new Error(`"${s.entry.name}" is not a worksheet.`);
    if (this.isProtectedSheet(s)) throw new SheetProtectedError(s.entry.name);
    const id = s.entry.sheetId;
    if (!this.edits.has(id)) {
      this.baseXml.set(id, this.store.text(s.part) ?? "");
      this.edits.set(id, new SheetEdits());
    }
    return this.edits.get(id)!;
  }

  /** Drawing and chart parts reserved in this session are not yet reachable through relationships. */
  private dropOwnedParts(sheetId: number): void {
    const owned = this.owned.get(sheetId);
    if (!owned) return;
    for (const part of [owned.drawingPart, ...owned.charts.map((c) => c.part), ...owned.tableParts]) {
      if (part === undefined) continue;
      for (const p of deletePartTrees(this.store, [part])) this.dropped.add(p);
    }
  }

  private ownedSheet(name: string): OwnedSheet {
    const s = this.sheet(name);
    const owned = this.owned.get(s.entry.sheetId);
    if (!owned) throw new Error(`Layout and charts apply only to sheets Talenta owns; call ensureSheet("${s.entry.name}") first.`);
    return owned;
  }

  /** The shared strings, parsed once per session (they never change: Talenta writes inline strings). */
  strings(): string[] {
    if (!this.sharedStrings) {
      const part = this.workbookRels.targets().find((t) => t.type === REL.sharedStrings)?.part;
      const xml = part === undefined ? undefined : this.store.text(part);
      this.sharedStrings = xml === undefined ? [] : readSharedStrings(xml);
      // The strings are kept parsed; the part's XML (tens of megabytes for a large book) need not be kept too.
      if (part !== undefined) this.store.forget(part);
    }
    return this.sharedStrings;
  }
}

/** Whether the sheet holds a formula cell: deleting or emptying it then leaves calcChain.xml stale. */
function hasFormula(sheetXml: string): boolean {
  return /<(?:[\w.-]+:)?f[\s>]/.test(sheetXml);
}

/** A sheet's facts with `protected` computed on first read (an own enumerable getter: copies and clones read it). */
function lazyProtection(name: string, visibility: SheetInfo["visibility"], isProtected: () => boolean): SheetInfo {
  let known: boolean | undefined;
  return {
    name,
    visibility,
    get protected() {
      return (known ??= isProtected());
    },
  };
}

function checkBounds(rect: Rect): void {
  if (rect.row < 0 || rect.col < 0 || rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLS) {
    throw new RangeError(`Range outside the sheet: row ${rect.row}, col ${rect.col}, ${rect.rows}×${rect.cols}`);
  }
}

/** Sheet names: 1–31 characters, none of [ ] : * ? / \, not starting or ending with an apostrophe. */
export function checkSheetName(name: string): void {
  if (name.length < 1 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new Error(`Invalid sheet name: "${name}"`);
  }
}
