// Range, RangeFormat (fill, font, borders) and RangeAreas of the fake object model.
import type { Rect } from "../../../src/grid/types";
import { quoteSheetName, rangeAddress } from "../../../src/grid/a1";
import { FakeContext, FakeOfficeError } from "./context";
import { clearRect, type FakeSheet, formatAt, intersects, MAX_COLS, MAX_ROWS, valueAt } from "./model";
import { FakeProxy } from "./proxy";
import { FakeDataValidation } from "./validation";
import { writeCell } from "./write-cell";

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

const MAX_READ_CELLS = 5_000_000;

function assertWritable(t: RangeTarget): void {
  if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", `sheet ${t.sheet.name} is protected`);
}

function assertBounded(t: RangeTarget, what: string): void {
  if (t.rect.rows >= MAX_ROWS || t.rect.cols >= MAX_COLS) {
    throw new FakeOfficeError("InvalidArgument", `${what} on an unbounded range`);
  }
}

function matrix(t: RangeTarget, cell: (row: number, col: number) => unknown): unknown[][] | null {
  if (t.rect.rows * t.rect.cols > MAX_READ_CELLS || t.rect.rows >= MAX_ROWS) return null;
  const out: unknown[][] = [];
  for (let r = 0; r < t.rect.rows; r++) {
    const row: unknown[] = new Array(t.rect.cols);
    for (let c = 0; c < t.rect.cols; c++) row[c] = cell(t.rect.row + r, t.rect.col + c);
    out.push(row);
  }
  return out;
}

/** Checks a 2-D input against the range shape; a non-array is broadcast to every cell. */
function shapeOf(t: RangeTarget, input: unknown): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[][];
  if (rows.length !== t.rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== t.rect.cols)) {
    throw new FakeOfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return (r, c) => rows[r][c];
}

export class FakeRange extends FakeProxy<RangeTarget> {
  constructor(ctx: FakeContext, resolve: () => RangeTarget | null, nullable = false, action = true) {
    super(ctx, resolve, nullable, action);
  }

  protected scalars() {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "numberFormat", "rowHidden"] as const;
  }

  protected readScalar(t: RangeTarget, name: string): unknown {
    const { rect, sheet } = t;
    switch (name) {
      case "address": return `${quoteSheetName(sheet.name)}!${rangeAddress(rect)}`;
      case "rowIndex": return rect.row;
      case "columnIndex": return rect.col;
      case "rowCount": return rect.rows;
      case "columnCount": return rect.cols;
      case "cellCount": return rect.rows * rect.cols;
      case "values": return matrix(t, (r, c) => valueAt(sheet, r, c) ?? "");
      case "numberFormat": return matrix(t, (r, c) => formatAt(sheet, r, c));
      case "rowHidden": {
        let hidden = 0;
        for (const r of sheet.hiddenRows) if (r >= rect.row && r < rect.row + rect.rows) hidden++;
        return hidden === 0 ? false : hidden === rect.rows ? true : null;
      }
    }
    return undefined;
  }

  protected override navigation(name: string) {
    return name === "format" ? this.format : undefined;
  }

  get address(): string { return this.get("address"); }
  get rowIndex(): number { return this.get("rowIndex"); }
  get columnIndex(): number { return this.get("columnIndex"); }
  get rowCount(): number { return this.get("rowCount"); }
  get columnCount(): number { return this.get("columnCount"); }
  get cellCount(): number { return this.get("cellCount"); }
  get rowHidden(): boolean | null { return this.get("rowHidden"); }
  get values(): unknown[][] { return this.get("values"); }
  set values(v: unknown[][]) {
    this.put("values", v, (t) => {
      assertWritable(t);
      assertBounded(t, "values");
      const at = shapeOf(t, v);
      for (let r = 0; r < t.rect.rows; r++) {
        for (let c = 0; c < t.rect.cols; c++) writeCell(t.sheet, t.rect.row + r, t.rect.col + c, at(r, c));
      }
    });
  }
  get numberFormat(): string[][] { return this.get("numberFormat"); }
  set numberFormat(v: unknown[][]) {
    this.put("numberFormat", v, (t) => {
      assertWritable(t);
      assertBounded(t, "numberFormat");
      const at = shapeOf(t, v);
      for (let r = 0; r < t.rect.rows; r++) {
        const row = (t.sheet.formats[t.rect.row + r] ??= []);
        for (let c = 0; c < t.rect.cols; c++) {
          const f = at(r, c);
          if (typeof f === "string") row[t.rect.col + c] = f === "General" ? undefined : f;
        }
      }
    });
  }

  private validationProxy?: FakeDataValidation;
  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(this));
  }

  private formatProxy?: FakeRangeFormat;
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.ctx, () => this.tryTarget()));
  }

  private derive(f: (t: RangeTarget) => Rect): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      const rect = f(t);
      if (rect.rows < 1 || rect.cols < 1 || rect.row < 0 || rect.col < 0) {
        throw new FakeOfficeError("InvalidArgument", "range out of bounds");
      }
      return { sheet: t.sheet, rect };
    });
  }

  getCell(row: number, col: number): FakeRange {
    return this.derive((t) => ({ row: t.rect.row + row, col: t.rect.col + col, rows: 1, cols: 1 }));
  }
  getRow(row: number): FakeRange {
    return this.derive((t) => ({ ...t.rect, row: t.rect.row + row, rows: 1 }));
  }
  getColumn(col: number): FakeRange {
    return this.derive((t) => ({ ...t.rect, col: t.rect.col + col, cols: 1 }));
  }
  getLastRow(): FakeRange {
    return this.derive((t) => ({ ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 }));
  }
  getResizedRange(dRows: number, dCols: number): FakeRange {
    return this.derive((t) => ({ ...t.rect, rows: t.rect.rows + dRows, cols: t.rect.cols + dCols }));
  }
  getOffsetRange(dRows: number, dCols: number): FakeRange {
    return this.derive((t) => ({ ...t.rect, row: t.rect.row + dRows, col: t.rect.col + dCols }));
  }

  merge(across = false): void {
    this.call([across], (t) => {
      assertWritable(t);
      const parts = across
        ? Array.from({ length: t.rect.rows }, (_, i) => ({ ...t.rect, row: t.rect.row + i, rows: 1 }))
        : [t.rect];
      for (const m of parts) {
        t.sheet.merges = t.sheet.merges.filter((x) => !intersects(x, m));
        t.sheet.merges.push(m);
        for (let r = m.row; r < m.row + m.rows; r++) {
          for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) writeCell(t.sheet, r, c, "");
        }
      }
    });
  }

  select(): void {
    this.call([], (t) => { this.ctx.model.activeSheet = t.sheet.name; this.ctx.model.selection = `${t.sheet.name}!${rangeAddress(t.rect)}`; });
  }

  unmerge(): void {
    this.call([], (t) => { t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect)); });
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.call([applyTo], (t) => {
      assertWritable(t);
      clearRect(t.sheet, t.rect, applyTo);
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
      const t = this.target();
      const areas = t.sheet.merges.filter((m) => intersects(m, t.rect));
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
}

export class FakeRangeAreas extends FakeProxy<{ sheet: FakeSheet; areas: Rect[] }> {
  constructor(ctx: FakeContext, resolve: () => { sheet: FakeSheet; areas: Rect[] } | null) {
    super(ctx, resolve, true, true);
  }
  protected scalars() { return ["address", "areaCount"] as const; }
  protected readScalar(t: { sheet: FakeSheet; areas: Rect[] }, name: string): unknown {
    if (name === "areaCount") return t.areas.length;
    return t.areas.map((a) => `${quoteSheetName(t.sheet.name)}!${rangeAddress(a)}`).join(",");
  }
  get address(): string { return this.get("address"); }
  get areaCount(): number { return this.get("areaCount"); }
}

/** A style object (format, fill, font, border): each property set is recorded as one format operation. */
class FakeStyle extends FakeProxy<RangeTarget> {
  constructor(ctx: FakeContext, resolve: () => RangeTarget | null, private readonly prefix: string, private readonly keys: readonly string[]) {
    super(ctx, resolve);
    for (const key of keys) {
      Object.defineProperty(this, key, {
        get: () => this.get(key),
        set: (value: unknown) => this.setStyle(key, value),
      });
    }
  }
  protected scalars() { return this.keys; }
  protected readScalar(t: RangeTarget, name: string): unknown {
    const op = [...t.sheet.formatOps].reverse().find((o) => o.key === this.prefix + name &&
      intersects(o.rect, { ...t.rect, rows: 1, cols: 1 }));
    return op?.value ?? null;
  }
  protected setStyle(key: string, value: unknown): void {
    this.put(key, value, (t) => {
      assertWritable(t);
      t.sheet.formatOps.push({ rect: t.rect, key: this.prefix + key, value });
    });
  }
}

export class FakeRangeFormat extends FakeStyle {
  [key: string]: unknown;
  readonly fill: FakeStyle;
  readonly font: FakeStyle;
  readonly borders: { getItem(index: string): FakeStyle };
  constructor(ctx: FakeContext, resolve: () => RangeTarget | null) {
    super(ctx, resolve, "", ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight"]);
    this.fill = new FakeStyle(ctx, resolve, "fill.", ["color"]);
    this.font = new FakeStyle(ctx, resolve, "font.", ["bold", "italic", "underline", "size", "color", "name"]);
    this.borders = { getItem: (index: string) => new FakeStyle(ctx, resolve, `border.${index}.`, ["style", "weight", "color"]) };
  }
  protected override setStyle(key: string, value: unknown): void {
    if (key !== "columnWidth" && key !== "rowHeight") return super.setStyle(key, value);
    this.put(key, value, (t) => {
      if (key === "columnWidth") for (let c = 0; c < t.rect.cols; c++) t.sheet.columnWidths.set(t.rect.col + c, value as number);
      else for (let r = 0; r < t.rect.rows; r++) t.sheet.rowHeights.set(t.rect.row + r, value as number);
    });
  }
}
