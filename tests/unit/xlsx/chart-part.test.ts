import { describe, expect, it } from "vitest";
import { drawingXml, scatterChartXml } from "../../../src/hosts/xlsx/chart-part";
import type { ScatterChartSpec } from "../../../src/grid/types";

const spec: ScatterChartSpec = {
  sheet: "Talenta - Kotak 9",
  anchor: { row: 2, col: 1, rows: 10, cols: 6 },
  title: "Sebaran & kotak",
  xAxis: { title: "Potensial", min: 0, max: 100, majorUnit: 20 },
  yAxis: { title: "Kinerja", min: 50, max: 100, majorUnit: 10 },
  series: [
    { name: "Kotak 9", color: "2e75b6", x: { sheet: "Talenta - Kotak 9", rect: { row: 3, col: 0, rows: 3, cols: 1 } }, y: { sheet: "Talenta - Kotak 9", rect: { row: 3, col: 1, rows: 3, cols: 1 } } },
    { name: "Lain", color: "C00000", x: { sheet: "Data", rect: { row: 0, col: 0, rows: 1, cols: 1 } }, y: { sheet: "Data", rect: { row: 0, col: 1, rows: 1, cols: 1 } } },
  ],
};

describe("chart-part: a native XY scatter chart", () => {
  const xml = scatterChartXml(spec, [{ x: [60, null, 90.5], y: [80, 70, 65] }, { x: [1], y: [2] }]);

  it("has one c:ser per series with its colour and name", () => {
    expect(xml.match(/<c:ser>/g)).toHaveLength(2);
    expect(xml).toContain('<c:tx><c:v>Kotak 9</c:v></c:tx>');
    expect(xml).toContain('<a:srgbClr val="2E75B6"/>');
    expect(xml).toContain("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Sebaran &amp; kotak</a:t>");
  });

  it("refers to absolute cell ranges with quoted sheet names and caches the written values", () => {
    expect(xml).toContain("<c:f>'Talenta - Kotak 9'!$A$4:$A$6</c:f>");
    expect(xml).toContain("<c:f>Data!$B$1</c:f>");
    expect(xml).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>60</c:v></c:pt><c:pt idx="2"><c:v>90.5</c:v></c:pt></c:numCache>');
  });

  it("has two value axes crossing each other with min, max and major unit", () => {
    expect(xml.match(/<c:valAx>/g)).toHaveLength(2);
    expect(xml).toContain('<c:axId val="500100"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling>');
    expect(xml).toContain('<c:max val="100"/><c:min val="50"/>');
    expect(xml).toContain('<c:crossAx val="500200"/>');
    expect(xml).toContain('<c:majorUnit val="10"/>');
    expect(xml.match(/<c:majorGridlines\/>/g)).toHaveLength(2);
    expect(xml.indexOf("<c:ser>")).toBeLessThan(xml.indexOf('<c:axId val="500100"/><c:axId val="500200"/></c:scatterChart>'));
  });

  it("writes each series' marker shape, a circle when none is given", () => {
    const shaped = scatterChartXml({ ...spec, series: [{ ...spec.series[0], marker: "diamond" }, { ...spec.series[1], marker: "triangle" }, spec.series[0]] }, []);
    expect(shaped.match(/<c:symbol val="([a-z]+)"\/>/g)).toEqual(['<c:symbol val="diamond"/>', '<c:symbol val="triangle"/>', '<c:symbol val="circle"/>']);
  });

  it("shows the axis numbers unless the axis says not to, keeping its title and gridlines", () => {
    expect(xml.match(/<c:tickLblPos val="nextTo"\/>/g)).toHaveLength(2);
    const bare = scatterChartXml({ ...spec, xAxis: { ...spec.xAxis, tickLabels: false }, yAxis: { ...spec.yAxis, tickLabels: false } }, []);
    expect(bare.match(/<c:tickLblPos val="none"\/>/g)).toHaveLength(2);
    expect(bare).not.toContain('<c:tickLblPos val="nextTo"/>');
    expect(bare).toContain('<c:delete val="0"/>');
    expect(bare).toContain("<a:t>Potensial</a:t>");
    expect(bare.match(/<c:majorGridlines\/>/g)).toHaveLength(2);
  });

  it("refuses an axis whose max is not above its min (boundary: equal)", () => {
    expect(() => scatterChartXml({ ...spec, xAxis: { ...spec.xAxis, max: 0 } }, [])).toThrow(/axis/);
    expect(() => scatterChartXml({ ...spec, yAxis: { ...spec.yAxis, majorUnit: 0 } }, [])).toThrow(/axis/);
  });

  it("anchors the chart from its top-left cell to the cell past its bottom-right", () => {
    const d = drawingXml([{ relId: "rId1", anchor: spec.anchor, name: "Chart 1" }]);
    expect(d).toContain("<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>");
    expect(d).toContain("<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row>");
    expect(d).toContain('r:id="rId1"');
  });
});
