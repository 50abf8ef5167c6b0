// Charts: enough of Chart, ChartSeries, ChartAxis, title and legend for a native XY scatter.
import { FakeContext, FakeOfficeError } from "./context";
import type { FakeChart, FakeChartSeries } from "./model";
import { FakeProxy } from "./proxy";
import type { FakeRange } from "./range";
import type { FakeWorksheet } from "./worksheet";

/** A proxy over a plain record whose listed keys are readable after load and settable as actions. */
class FakeBag<T extends object> extends FakeProxy<T> {
  [key: string]: unknown;
  constructor(ctx: FakeContext, resolve: () => T | null, private readonly keys: readonly string[], minApi: Record<string, string> = {}) {
    super(ctx, resolve);
    for (const key of keys) {
      Object.defineProperty(this, key, {
        get: () => this.get(key),
        set: (v: unknown) => this.put(key, v, (t) => {
          if (minApi[key]) ctx.requireApi(minApi[key], key);
          (t as Record<string, unknown>)[key] = v;
        }),
      });
    }
  }
  protected scalars() { return this.keys; }
  protected readScalar(t: T, name: string): unknown { return (t as Record<string, unknown>)[name]; }
}

const MARKER_API = { markerStyle: "1.7", markerSize: "1.7", markerBackgroundColor: "1.7", markerForegroundColor: "1.7" };

class FakeSeries extends FakeBag<FakeChartSeries> {
  constructor(private readonly ws: FakeWorksheet, resolve: () => FakeChartSeries | null) {
    super(ws.ctx, resolve, ["name", "markerStyle", "markerSize", "markerBackgroundColor", "markerForegroundColor", "chartType"], MARKER_API);
  }
  private setRange(key: "x" | "y", range: FakeRange): void {
    this.ctx.enqueue(32, () => {
      this.ctx.requireApi("1.7", "ChartSeries.setValues");
      const t = range.target();
      if (t.rect.rows !== 1 && t.rect.cols !== 1) throw new FakeOfficeError("InvalidArgument", "series data must be one row or column");
      this.target()[key] = { sheet: t.sheet.name, rect: t.rect };
    });
  }
  setValues(range: FakeRange): void { this.setRange("y", range); }
  setXAxisValues(range: FakeRange): void { this.setRange("x", range); }
}

class FakeAxis extends FakeBag<FakeChart["value"]> {
  readonly title: FakeBag<{ text?: string }>;
  readonly majorGridlines: FakeBag<{ visible?: boolean }>;
  constructor(ctx: FakeContext, resolve: () => FakeChart["value"] | null) {
    super(ctx, resolve, ["minimum", "maximum", "majorUnit", "tickLabelPosition"], { tickLabelPosition: "1.7" });
    this.title = new FakeBag(ctx, () => {
      const axis = resolve();
      return axis && { set text(v: string) { axis.title = v; }, get text() { return axis.title ?? ""; } };
    }, ["text"]);
    this.majorGridlines = new FakeBag(ctx, () => {
      const axis = resolve();
      return axis && { set visible(v: boolean) { axis.gridlines = v; }, get visible() { return axis.gridlines ?? false; } };
    }, ["visible"]);
  }
}

export class FakeChartProxy extends FakeBag<FakeChart> {
  readonly title: FakeBag<{ text?: string }>;
  readonly legend: FakeBag<{ visible: boolean }>;
  readonly axes: { categoryAxis: FakeAxis; valueAxis: FakeAxis; getItem(type: string): FakeAxis };
  readonly series: {
    add(name?: string): FakeSeries;
    getItemAt(index: number): FakeSeries;
  };
  constructor(ws: FakeWorksheet, resolve: () => FakeChart | null) {
    super(ws.ctx, resolve, ["name"]);
    const ctx = ws.ctx;
    const chart = () => this.target();
    this.title = new FakeBag(ctx, () => {
      const c = chart();
      return { set text(v: string) { c.title = v; }, get text() { return c.title ?? ""; } };
    }, ["text"]);
    this.legend = new FakeBag(ctx, () => {
      const c = chart();
      return { set visible(v: boolean) { c.legendVisible = v; }, get visible() { return c.legendVisible; } };
    }, ["visible"]);
    const category = new FakeAxis(ctx, () => chart().category);
    const value = new FakeAxis(ctx, () => chart().value);
    this.axes = {
      categoryAxis: category,
      valueAxis: value,
      getItem: (type: string) => (type === "Category" ? category : value),
    };
    this.series = {
      add: (name?: string) => {
        let created: FakeChartSeries | null = null;
        ctx.enqueue(32, () => {
          ctx.requireApi("1.7", "ChartSeriesCollection.add");
          created = { name: name ?? `Series${chart().series.length + 1}` };
          chart().series.push(created);
        });
        return new FakeSeries(ws, () => created);
      },
      getItemAt: (index: number) => new FakeSeries(ws, () => chart().series[index] ?? null),
    };
  }
  setPosition(from: FakeRange | string, to?: FakeRange | string): void {
    this.ctx.enqueue(32, () => {
      const addr = (r: FakeRange | string) => (typeof r === "string" ? r : r.target().rect);
      this.target().position = { from: JSON.stringify(addr(from)), to: to === undefined ? undefined : JSON.stringify(addr(to)) };
    });
  }
  delete(): void {
    this.ctx.enqueue(8, () => {
      const t = this.target();
      for (const s of this.ctx.model.sheets) s.charts = s.charts.filter((c) => c !== t);
    });
  }
}

export class FakeChartCollection {
  constructor(private readonly ws: FakeWorksheet) {}
  add(type: string, source: FakeRange | string, seriesBy = "Auto"): FakeChartProxy {
    let created: FakeChart | null = null;
    const ctx = this.ws.ctx;
    ctx.enqueue(64, () => {
      const sheet = this.ws.target();
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
      const src = this.ws.rangeTarget(source);
      const byRows = seriesBy === "Rows";
      const lines = byRows ? src.rect.rows : src.rect.cols;
      const line = (i: number) => ({ sheet: src.sheet.name, rect: byRows
        ? { ...src.rect, row: src.rect.row + i, rows: 1 } : { ...src.rect, col: src.rect.col + i, cols: 1 } });
      // An XY scatter takes its first column as X when the source has more than one.
      const xy = type.startsWith("XYScatter") && lines > 1;
      const series = Array.from({ length: xy ? lines - 1 : lines }, (_, i) => ({
        name: `Series${i + 1}`, x: xy ? line(0) : undefined, y: line(xy ? i + 1 : i),
      }));
      created = { name: `Chart ${ctx.model.nextId++}`, type, category: {}, value: {}, series, legendVisible: true };
      sheet.charts.push(created);
    });
    return new FakeChartProxy(this.ws, () => created);
  }
}
