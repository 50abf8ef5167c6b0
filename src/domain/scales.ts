// One source column → values on 0–100 (RULES §3, §4, §6), with the issues of the cells that cannot count.
import * as columns from "./columns";
import type { TalentaConfig } from "./config";
import { FIELD_IDS, type FieldId } from "./fields";
import type { IssueSink } from "./issue-sink";
import { parsePredikat, type Predikat } from "./labels";
import { FIELD_BOUNDS, SCALE_RANGE, type Source } from "./sources";
import type { FieldColumn, TalentaTable } from "./table";

// Bound once: under CommonJS (tsx, vitest) every use of an imported name is a getter call, per row here.
const { columnOf, numberAt, textsOf } = columns;

export interface ScaleContext {
  table: TalentaTable;
  config: TalentaConfig;
  sink: IssueSink;
  /** The input being scored, named in issues. */
  input: string;
}

/** Values of a field source on 0–100; NaN where the row has no usable value (an issue names the cell). */
export function scaleField(ctx: ScaleContext, source: Extract<Source, { kind: "field" }>): Float64Array {
  const { table, sink } = ctx;
  const n = table.sheetRows.length;
  const out = new Float64Array(n).fill(NaN);
  const column = table.fields[source.field];
  if (!column) return missingColumn(ctx, source.field, out);
  const col = columnOf(table, source.field);
  const range = SCALE_RANGE[source.scale ?? "0-100"];
  const bounds = FIELD_BOUNDS[source.field];
  const max = source.max ?? bounds?.max ?? range.max;
  const cap = source.cap ?? bounds?.cap ?? Infinity;
  const raw = column.kind === "number" ? column.values : numbersOf(column, n);
  const min = range.min;
  // Values first, in a loop of its own (it stays optimised); then the issues of the few rows out of range, in row
  // order, found by a loop that touches no object made per run (the sink: see mapLabels).
  if (scaleNumbers(raw, out, min, max, range.factor, cap) === 0) return out;
  const outside: number[] = [];
  rowsOutside(raw, min, max, outside);
  for (const i of outside) {
    if (Number.isNaN(raw[i])) {
      sink.missing(i, col, source.field, ctx.input);
    } else {
      sink.add({
        code: "out-of-scale",
        severity: "error",
        row: i,
        cell: sink.cellOf(i, col),
        field: source.field,
        input: raw[i],
        data: { input: ctx.input, min: range.min, max },
      }, col);
    }
  }
  return out;
}

function numbersOf(column: FieldColumn, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = numberAt(column, i);
  return out;
}

function rowsOutside(raw: Float64Array, min: number, max: number, rows: number[]): void {
  for (let i = 0; i < raw.length; i++) if (!(raw[i] >= min && raw[i] <= max)) rows.push(i);
}

/** `raw` scaled into `out` where within [min, max]; the number of rows that are not. */
function scaleNumbers(raw: Float64Array, out: Float64Array, min: number, max: number, factor: number, cap: number): number {
  let outside = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (r >= min && r <= max) {
      const v = r * factor;
      // Two stores, not `v < cap ? v : cap`: that mixes a float with the boxed cap, and the optimiser then boxes
      // every v (1.6 MB of garbage per 100,000 rows, which brings the next young-generation GC closer).
      out[i] = v;
      if (!(v < cap)) out[i] = cap;
    } else outside++;
  }
  return outside;
}

/** Predikat points of the latest year, or the weighted mean of the configured years (RULES §3). */
export function scalePredikatPoints(ctx: ScaleContext): Float64Array {
  const { table, config } = ctx;
  const n = table.sheetRows.length;
  if (config.predikatYears.mode === "latest") {
    const column = table.fields.predikat;
    if (!column) return missingColumn(ctx, "predikat", new Float64Array(n).fill(NaN));
    return predikatPointsOf(ctx, column, columnOf(table, "predikat"));
  }
  const weights = config.predikatYears.weights;
  const years = (table.yearly.predikat ?? []).filter((y) => weights[String(y.year)] !== undefined);
  if (years.length === 0) {
    // A sheet with a single predikat column and no year in its header: that column is the only year.
    const column = table.fields.predikat;
    if (!column) return missingColumn(ctx, "predikat", new Float64Array(n).fill(NaN));
    return predikatPointsOf(ctx, column, columnOf(table, "predikat"));
  }
  // Weights are renormalised over the configured years the sheet holds.
  const total = years.reduce((s, y) => s + weights[String(y.year)], 0);
  const out = new Float64Array(n);
  for (const y of years) {
    const points = predikatPointsOf(ctx, y.column, y.col);
    const w = weights[String(y.year)] / total;
    for (let i = 0; i < n; i++) out[i] += w * points[i];
  }
  return out;
}

function predikatPointsOf(ctx: ScaleContext, column: FieldColumn, col: number): Float64Array {
  const points = ctx.config.predikatPoints;
  return predikatMap(ctx, column, col, (p) => points[p]);
}

/** Reads a predikat column row by row, raising missing-value / unknown-label, and maps each predikat. */
export function predikatMap(
  ctx: ScaleContext,
  column: FieldColumn,
  col: number,
  value: (p: Predikat) => number,
): Float64Array {
  return mapLabels(ctx, column, col, "predikat", parsePredikat, value);
}

/**
 * Reads a label column: each distinct text is parsed once, and each row gets the value of its label (NaN when it
 * has none). A row without a label raises missing-value, one whose label is not known unknown-label.
 *
 * The row loops take typed arrays, arrays and a Map only: the context and the `value` closure are made per run, and
 * a loop compiled for them is thrown away at the next GC and compiled again on every run (bench: ~10 ms a column).
 */
export function mapLabels<L>(
  ctx: ScaleContext,
  column: FieldColumn,
  col: number,
  field: FieldId,
  parse: (text: string) => L | "unknown" | undefined,
  value: (label: L) => number,
): Float64Array {
  const n = ctx.table.sheetRows.length;
  const distinct: string[] = [];
  const codes = textCodes(textsOf(column, n), distinct);
  const labels = distinct.map(parse);
  const known = Uint8Array.from(labels, (l) => (l === undefined || l === "unknown" ? 0 : 1));
  const values = Float64Array.from(labels, (l) => (l === undefined || l === "unknown" ? NaN : value(l)));
  const out = new Float64Array(n);
  valuesByCode(codes, values, out);
  const flaggedRows: number[] = [];
  rowsWithoutLabel(codes, known, flaggedRows);
  for (const i of flaggedRows) {
    const label = codes[i] < 0 ? undefined : labels[codes[i]];
    if (label === undefined) ctx.sink.missing(i, col, field, ctx.input);
    else unknownLabel(ctx, i, col, field, distinct[codes[i]]);
  }
  return out;
}

/** Each row's text as the index of its distinct text in `distinct` (filled in order of first appearance); -1 for none. */
function textCodes(texts: readonly (string | undefined)[], distinct: string[]): Int32Array {
  const codes = new Int32Array(texts.length);
  // One lookup per cell: the cells of a column share a few string objects, whose hash V8 keeps, so a Map
  // lookup is cheap.
  const memo = new Map<string, number>();
  codesOfTexts(texts, memo, codes);
  for (const text of memo.keys()) distinct.push(text);
  return codes;
}

// The loop fills a Map only: a fresh array's first push changes its elements kind, which code compiled in an
// earlier run does not expect.
function codesOfTexts(texts: readonly (string | undefined)[], memo: Map<string, number>, codes: Int32Array): void {
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (text === undefined) {
      codes[i] = -1;
      continue;
    }
    let code = memo.get(text);
    if (code === undefined) memo.set(text, (code = memo.size));
    codes[i] = code;
  }
}

function valuesByCode(codes: Int32Array, values: Float64Array, out: Float64Array): void {
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] < 0 ? NaN : values[codes[i]];
}

function rowsWithoutLabel(codes: Int32Array, known: Uint8Array, rows: number[]): void {
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0 || known[codes[i]] === 0) rows.push(i);
}

export function unknownLabel(ctx: ScaleContext, row: number, col: number, field: FieldId, text: string | undefined) {
  ctx.sink.add(
    { code: "unknown-label", severity: "error", row, cell: ctx.sink.cellOf(row, col), field, input: text ?? null, data: { input: ctx.input } },
    col,
  );
}

/** The configuration needs a column the sheet lacks: no row can be classified, each says why. */
export function missingColumn(ctx: ScaleContext, field: FieldId, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++)
    ctx.sink.add({ code: "missing-column", severity: "error", row: i, field, data: { input: ctx.input } }, -1 - FIELD_IDS.indexOf(field));
  return out;
}
