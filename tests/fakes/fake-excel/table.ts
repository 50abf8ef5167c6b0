// Tables (ListObjects) of the fake: names, styles, header and totals rows, their filter state, appended
// columns; and the sheet's own AutoFilter.
import { FakeOfficeError } from "./context";
import { type FakeSheet, type FakeTable, intersects, setCell, valueAt } from "./model";
import { FakeProxy } from "./proxy";
import { FakeRange } from "./range";
import type { FakeWorksheet } from "./worksheet";

/** Excel's rule for a table name: letter, "_" or "\\" first, then letters, digits, "_", ".", "\\"; not a cell reference. */
function tableNameOk(name: string): boolean {
  return /^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name) && !/^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/.test(name);
}

class FakeTableProxy extends FakeProxy<FakeTable> {
  readonly autoFilter: FakeTableAutoFilter;
  readonly columns: FakeTableColumnCollection;
  constructor(private readonly ws: FakeWorksheet, resolve: () => FakeTable | null) {
    super(ws.ctx, resolve, false, true);
    this.autoFilter = new FakeTableAutoFilter(ws.ctx, () => this.tryTarget());
    this.columns = new FakeTableColumnCollection(ws, this);
  }
  protected scalars() { return ["name", "style", "showHeaders", "showTotals"] as const; }
  protected readScalar(t: FakeTable, name: string): unknown {
    switch (name) {
      case "name": return t.name;
      case "showHeaders": return t.showHeaders ?? true;
      case "showTotals": return t.showTotals ?? false;
      default: return t.style ?? "TableStyleMedium2";
    }
  }
  protected override navigation(name: string) {
    return name === "autoFilter" ? this.autoFilter : undefined;
  }
  get showHeaders(): boolean { return this.get("showHeaders"); }
  get showTotals(): boolean { return this.get("showTotals"); }
  get name(): string { return this.get("name"); }
  set name(v: string) {
    this.put("name", v, (t) => {
      if (!tableNameOk(v)) throw new FakeOfficeError("InvalidArgument", `table name ${v}`);
      const taken = this.ctx.model.sheets.some((s) => s.tables.some((o) => o !== t && o.name.toLowerCase() === v.toLowerCase()));
      if (taken) throw new FakeOfficeError("ItemAlreadyExists", `table ${v}`);
      t.name = v;
    });
  }
  get style(): string { return this.get("style"); }
  set style(v: string) { this.put("style", v, (t) => { t.style = v; }); }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.ws.target(), rect: this.target().rect }));
  }
}

/** Table.autoFilter (ExcelApi 1.9): only isDataFiltered is modelled. */
class FakeTableAutoFilter extends FakeProxy<FakeTable> {
  protected scalars() { return ["isDataFiltered"] as const; }
  protected readScalar(t: FakeTable): unknown {
    this.ctx.requireApi("1.9", "Table.autoFilter");
    return t.filtered ?? false;
  }
  get isDataFiltered(): boolean { return this.get("isDataFiltered"); }
}

/** Worksheet.autoFilter (ExcelApi 1.9): whether one is applied, whether it filters, and its range. */
export class FakeSheetAutoFilter extends FakeProxy<FakeSheet> {
  constructor(private readonly ws: FakeWorksheet) {
    super(ws.ctx, () => ws.tryTarget());
  }
  protected scalars() { return ["enabled", "isDataFiltered"] as const; }
  protected readScalar(t: FakeSheet, name: string): unknown {
    this.ctx.requireApi("1.9", "Worksheet.autoFilter");
    return name === "enabled" ? t.autoFilter !== undefined : t.autoFilter?.filtered ?? false;
  }
  get enabled(): boolean { return this.get("enabled"); }
  get isDataFiltered(): boolean { return this.get("isDataFiltered"); }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => {
      this.ctx.requireApi("1.9", "AutoFilter.getRangeOrNullObject");
      const sheet = this.ws.target();
      return sheet.autoFilter ? { sheet, rect: sheet.autoFilter.rect } : null;
    }, true);
  }
}

/**
 * Table.columns: add() appends a column at the table's right edge, its header cell set to the name (ExcelApi 1.4
 * for the name). Excel would shift cells to make room when the column beside the table holds anything; Talenta
 * never relies on that (it clears and joins before writing), so the fake refuses it, as it refuses a name the
 * table already has.
 */
class FakeTableColumnCollection {
  constructor(private readonly ws: FakeWorksheet, private readonly table: FakeTableProxy) {}
  add(index?: number | null, values?: unknown, name?: string | null): void {
    this.ws.ctx.enqueue(32 + (name?.length ?? 0), () => {
      if (name != null) this.ws.ctx.requireApi("1.4", "TableColumnCollection.add(name)");
      if (index != null && index !== -1) throw new FakeOfficeError("InvalidArgument", "the fake appends only");
      if (values != null) throw new FakeOfficeError("InvalidArgument", "the fake adds empty columns only");
      const sheet = this.ws.target();
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
      const t = this.table.target();
      const col = t.rect.col + t.rect.cols;
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
        if (valueAt(sheet, r, col) !== null) throw new FakeOfficeError("InvalidOperation", `cell ${r},${col} beside the table is not empty`);
      }
      const header = name ?? `Column${t.rect.cols + 1}`;
      if (t.showHeaders !== false) {
        for (let c = t.rect.col; c < col; c++) {
          if (String(valueAt(sheet, t.rect.row, c) ?? "").toLowerCase() === header.toLowerCase()) {
            throw new FakeOfficeError("InvalidArgument", `the table already has a column ${header}`);
          }
        }
        setCell(sheet, t.rect.row, col, header);
      }
      t.rect = { ...t.rect, cols: t.rect.cols + 1 };
      this.ws.ctx.model.writes++;
    });
  }
}

export class FakeTableCollection extends FakeProxy<FakeTable[]> {
  private itemProxies?: FakeTableProxy[];
  constructor(private readonly ws: FakeWorksheet) {
    super(ws.ctx, () => ws.tryTarget()?.tables ?? null);
  }
  protected scalars() { return ["count"] as const; }
  protected readScalar(t: FakeTable[]): unknown { return t.length; }
  protected override loadCollection(head: string, rest: string): boolean {
    if (head !== "items") return false;
    this.itemProxies = this.target().map((table) => {
      const p = new FakeTableProxy(this.ws, () => table);
      if (rest) p.loadNow([rest]);
      return p;
    });
    return true;
  }
  get items(): FakeTableProxy[] {
    if (!this.itemProxies) throw new FakeOfficeError("PropertyNotLoaded", "tables.items");
    return this.itemProxies;
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ws, () => this.target().find((t) => t.name === name) ?? null);
  }
  add(address: FakeRange | string, _hasHeaders: boolean): FakeTableProxy {
    let created: FakeTable | null = null;
    this.ctx.enqueue(32, () => {
      const { sheet, rect } = this.ws.rangeTarget(address);
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
      // Excel refuses a table over merged cells or over another table.
      if (sheet.merges.some((m) => intersects(m, rect)) || sheet.tables.some((o) => intersects(o.rect, rect))) {
        throw new FakeOfficeError("InvalidArgument", "a table cannot overlap merged cells or another table");
      }
      this.ctx.model.writes++;
      created = { name: `Table${this.ctx.model.nextId++}`, rect };
      this.target().push(created);
    });
    return new FakeTableProxy(this.ws, () => created);
  }
}

