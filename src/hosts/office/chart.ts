// ScatterChartSpec → a native XY scatter. Series data must live in cells (ChartSeries only takes ranges).
import type { MarkerShape, RangeRef, ScatterChartSpec } from "../../grid/types";

const MARKER_STYLE: Readonly<Record<MarkerShape, Excel.ChartSeries["markerStyle"]>> = {
  circle: "Circle",
  square: "Square",
  triangle: "Triangle",
  diamond: "Diamond",
};

export function queueScatterChart(ctx: Excel.RequestContext, spec: ScatterChartSpec): void {
  const sheets = ctx.workbook.worksheets;
  const rangeOf = (ref: RangeRef) =>
    sheets.getItem(ref.sheet).getRangeByIndexes(ref.rect.row, ref.rect.col, ref.rect.rows, ref.rect.cols);
  // A series with no points cannot be charted (a range has at least one cell): it is left out.
  const series = spec.series.filter((s) => s.y.rect.rows * s.y.rect.cols > 0 && s.x.rect.rows * s.x.rect.cols > 0);
  if (!series.length) return;
  const ws = sheets.getItem(spec.sheet);
  // charts.add needs a source: the first series' Y range gives one series, which is then fully set.
  const chart = ws.charts.add("XYScatter", rangeOf(series[0].y), "Columns");
  const a = spec.anchor;
  chart.setPosition(ws.getRangeByIndexes(a.row, a.col, 1, 1), ws.getRangeByIndexes(a.row + Math.max(1, a.rows) - 1, a.col + Math.max(1, a.cols) - 1, 1, 1));
  chart.title.text = spec.title;
  chart.legend.visible = true;
  const axes = [[chart.axes.categoryAxis, spec.xAxis], [chart.axes.valueAxis, spec.yAxis]] as const;
  for (const [axis, s] of axes) {
    axis.minimum = s.min;
    axis.maximum = s.max;
    axis.majorUnit = s.majorUnit;
    axis.title.text = s.title;
    axis.majorGridlines.visible = true;
    // No numbers along the axis when the spec says so (ExcelApi 1.7, Talenta's minimum).
    if (s.tickLabels === false) axis.tickLabelPosition = "None";
  }
  series.forEach((s, i) => {
    const cs = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    cs.name = s.name;
    cs.setXAxisValues(rangeOf(s.x));
    cs.setValues(rangeOf(s.y));
    cs.markerStyle = MARKER_STYLE[s.marker ?? "circle"];
    cs.markerSize = 7;
    cs.markerBackgroundColor = `#${s.color}`;
    cs.markerForegroundColor = `#${s.color}`;
  });
}
