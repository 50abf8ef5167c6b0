// Worksheets, their collection, protection, freeze panes, page layout and tables.
import type { Rect } from "../../../src/grid/types";
import { parseRangeAddress } from "../../../src/grid/a1";
import { FakeContext, FakeOfficeError } from "./context";
import { addSheet, type FakeSheet, findSheet, MAX_COLS, MAX_ROWS, usedRect } from "./model";
import { FakeProxy } from "./proxy";
import { FakeRange, type RangeTarget } from "./range";
import { FakeChartCollection } from "./chart";
import { FakeSheetAutoFilter, FakeTableCollection } from "./table";

function rectOf(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const rect = parseRangeAddress(local.replace(/\$/g, ""));
  if (!rect) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  return rect;
}

function resolveRange(ref: FakeRange | string, sheet: () => FakeSheet): RangeTarget {
  if (typeof ref === "string") return { sheet: sheet(), rect: rectOf(ref) };
  return ref.target();
}

export class FakeWorksheet extends FakeProxy<FakeSheet> {
  constructor(ctx: FakeContext, resolve: () => FakeSheet | null, nullable = false, action = true) {
    super(ctx, resolve, nullable, action);
  }
  protected scalars() { return ["name", "visibility", "position", "tabColor", "showGridlines"] as const; }
  protected readScalar(t: FakeSheet, name: string): unknown {
    if (name === "position") return this.ctx.model.sheets.indexOf(t);
    return (t as unknown as Record<string, unknown>)[name];
  }
  protected override navigation(name: string) {
    if (name === "autoFilter") return this.autoFilter;
    return name === "protection" ? this.protection : undefined;
  }
  get name(): string { return this.get("name"); }
  get visibility(): string { return this.get("visibility"); }
  set visibility(v: string) { this.put("visibility", v, (t) => { t.visibility = v as FakeSheet["visibility"]; }); }
  get position(): number { return this.get("position"); }
  set position(p: number) {
    this.put("position", p, (t) => {
      const list = this.ctx.model.sheets;
      list.splice(list.indexOf(t), 1);
      list.splice(Math.min(p, list.length), 0, t);
    });
  }
  get tabColor(): string { return this.get("tabColor"); }
  set tabColor(c: string) {
    this.put("tabColor", c, (t) => { this.ctx.requireApi("1.7", "tabColor"); t.tabColor = c; });
  }
  get showGridlines(): boolean { return this.get("showGridlines"); }
  set showGridlines(v: boolean) {
    this.put("showGridlines", v, (t) => { this.ctx.requireApi("1.8", "showGridlines"); t.showGridlines = v; });
  }

  readonly protection = new FakeProtection(this.ctx, () => this.tryTarget());
  readonly freezePanes = new FakeFreezePanes(this);
  readonly pageLayout = new FakePageLayout(this);
  readonly horizontalPageBreaks = new FakePageBreaks(this);
  readonly tables = new FakeTableCollection(this);
  readonly autoFilter: FakeSheetAutoFilter = new FakeSheetAutoFilter(this);
  readonly charts = new FakeChartCollection(this);

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.target(),
      rect: address ? rectOf(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS },
    }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      this.ctx.requireApi("1.7", "getRangeByIndexes");
      if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "empty range");
      return { sheet: this.target(), rect: { row, col, rows, cols } };
    });
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      this.ctx.requireApi("1.4", "getUsedRangeOrNullObject");
      const sheet = this.target();
      const rect = usedRect(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    }, true);
  }
  delete(): void {
    this.call([], (t) => {
      const list = this.ctx.model.sheets;
      if (list.filter((s) => s.visibility === "Visible" && s !== t).length === 0) {
        throw new FakeOfficeError("InvalidOperation", "cannot delete the last visible sheet");
      }
      list.splice(list.indexOf(t), 1);
    });
  }
  activate(): void {
    this.call([], (t) => { this.ctx.model.activeSheet = t.name; });
  }
  /** For chart series: resolves a range reference inside a sync. */
  rangeTarget(ref: FakeRange | string): RangeTarget {
    return resolveRange(ref, () => this.target());
  }
}

class FakeProtection extends FakeProxy<FakeSheet> {
  protected scalars() { return ["protected"] as const; }
  protected readScalar(t: FakeSheet): unknown { return t.protected; }
  get protected(): boolean { return this.get("protected"); }
}

class FakeFreezePanes {
  constructor(private readonly ws: FakeWorksheet) {}
  private freeze(rows: number | undefined, cols: number | undefined): void {
    this.ws.ctx.enqueue(16, () => {
      this.ws.ctx.requireApi("1.7", "freezePanes");
      const t = this.ws.target();
      t.freeze = { rows: rows ?? t.freeze?.rows ?? 0, cols: cols ?? t.freeze?.cols ?? 0 };
    });
  }
  freezeRows(n = 1): void { this.freeze(n, 0); }
  freezeColumns(n = 1): void { this.freeze(0, n); }
  freezeAt(range: FakeRange | string): void {
    this.ws.ctx.enqueue(32, () => {
      this.ws.ctx.requireApi("1.7", "freezePanes");
      const { rect } = this.ws.rangeTarget(range);
      this.ws.target().freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }
  unfreeze(): void {
    this.ws.ctx.enqueue(8, () => { this.ws.target().freeze = undefined; });
  }
}

class FakePageLayout {
  constructor(private readonly ws: FakeWorksheet) {}
  private set(key: "orientation" | "paperSize" | "zoom", value: unknown, check = () => {}): void {
    this.ws.ctx.enqueue(32, () => {
      this.ws.ctx.requireApi("1.9", "pageLayout");
      check();
      (this.ws.target().pageLayout as Record<string, unknown>)[key] = value;
    });
  }
  set orientation(v: string) { this.set("orientation", v); }
  set paperSize(v: string) { this.set("paperSize", v); }
  /** Page counts are whole numbers ≥ 1, or 0 for "automatic" (PageSetup.FitToPagesTall = False); scale 10–400. */
  set zoom(v: Record<string, number>) {
    this.set("zoom", { ...v }, () => {
      for (const key of ["horizontalFitToPages", "verticalFitToPages"]) {
        const n = v[key];
        if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw new FakeOfficeError("InvalidArgument", `${key} ${n}`);
      }
      if (v.scale !== undefined && !(v.scale >= 10 && v.scale <= 400)) throw new FakeOfficeError("InvalidArgument", `scale ${v.scale}`);
    });
  }
  setPrintTitleRows(address: string): void { this.title("printTitleRows", address, /^\$?\d+:\$?\d+$/); }
  setPrintTitleColumns(address: string): void { this.title("printTitleColumns", address, /^\$?[A-Z]+:\$?[A-Z]+$/); }
  private title(key: "printTitleRows" | "printTitleColumns", address: string, shape: RegExp): void {
    this.ws.ctx.enqueue(32, () => {
      this.ws.ctx.requireApi("1.9", "pageLayout");
      if (typeof address !== "string" || !shape.test(address)) throw new FakeOfficeError("InvalidArgument", `${key} ${String(address)}`);
      this.ws.target().pageLayout[key] = address;
    });
  }
  get headersFooters() { return { defaultForAllPages: new FakeHeaderFooter(this.ws) }; }
  setPrintArea(range: FakeRange | string): void {
    this.ws.ctx.enqueue(32, () => {
      this.ws.ctx.requireApi("1.9", "pageLayout");
      const t = this.ws.rangeTarget(range);
      this.ws.target().pageLayout.printArea = `${t.rect.row},${t.rect.col},${t.rect.rows},${t.rect.cols}`;
    });
  }
}

/** HeaderFooter of PageLayout.headersFooters (ExcelApi 1.9): six text properties, set only. */
class FakeHeaderFooter {
  constructor(private readonly ws: FakeWorksheet) {}
  private set(key: string, value: string): void {
    this.ws.ctx.enqueue(32, () => {
      this.ws.ctx.requireApi("1.9", "headersFooters");
      const hf = (this.ws.target().pageLayout.headersFooters ??= {});
      hf[key] = value;
    });
  }
  set leftHeader(v: string) { this.set("leftHeader", v); }
  set centerHeader(v: string) { this.set("centerHeader", v); }
  set rightHeader(v: string) { this.set("rightHeader", v); }
  set leftFooter(v: string) { this.set("leftFooter", v); }
  set centerFooter(v: string) { this.set("centerFooter", v); }
  set rightFooter(v: string) { this.set("rightFooter", v); }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): add() puts a manual break above the range's top row. */
class FakePageBreaks {
  constructor(private readonly ws: FakeWorksheet) {}
  add(range: FakeRange | string): void {
    this.ws.ctx.enqueue(32, () => {
      this.ws.ctx.requireApi("1.9", "horizontalPageBreaks");
      const { rect } = this.ws.rangeTarget(range);
      const page = this.ws.target().pageLayout;
      const rows = (page.rowBreaks ??= []);
      if (!rows.includes(rect.row)) rows.push(rect.row);
      rows.sort((a, b) => a - b);
    });
  }
}

export class FakeWorksheetCollection extends FakeProxy<FakeSheet[]> {
  private itemProxies?: FakeWorksheet[];
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.model.sheets);
  }
  protected scalars() { return [] as const; }
  protected readScalar(): unknown { return undefined; }
  protected override loadCollection(head: string, rest: string): boolean {
    if (head !== "items") return false;
    this.itemProxies = this.target().map((sheet) => {
      const p = new FakeWorksheet(this.ctx, () => sheet, false, false);
      for (const path of rest.split(";").filter(Boolean)) p.loadNow([path]);
      return p;
    });
    return true;
  }
  /** Office.js accepts "items/name, items/visibility": group the item paths into one pass. */
  override loadNow(paths: string[]): void {
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (itemPaths.length) this.loadCollection("items", itemPaths.join(";"));
  }
  get items(): FakeWorksheet[] {
    if (!this.itemProxies) throw new FakeOfficeError("PropertyNotLoaded", "worksheets.items");
    return this.itemProxies;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.model, name) ?? null);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      this.ctx.requireApi("1.4", "getItemOrNullObject");
      return findSheet(this.ctx.model, name) ?? null;
    }, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.model, this.ctx.model.activeSheet) ?? null);
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue(name.length, () => {
      if (findSheet(this.ctx.model, name)) throw new FakeOfficeError("ItemAlreadyExists", name);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeOfficeError("InvalidArgument", name);
      this.ctx.model.writes++;
      created = addSheet(this.ctx.model, name);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }
}
