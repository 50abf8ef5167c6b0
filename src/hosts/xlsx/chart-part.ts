import type { Rect, ScatterChartSpec } from "../../grid/types";
import { rangeAddress, quoteSheetName } from "../../grid/a1";
import { escapeXmlText, stripInvalidXmlChars } from "./xml-text";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X_AXIS_ID = 500100;
const Y_AXIS_ID = 500200;

/** The cached points of one series, as written to the cells the series refers to (null = not a number). */
export interface SeriesCache {
  x: (number | null)[];
  y: (number | null)[];
}

/**
 * A DrawingML chart part holding one XY scatter chart: markers only (the series' symbol: circle, square, triangle,
 * diamond are DrawingML's own names), one c:ser per series whose c:numRef points at the cells and whose c:numCache
 * carries their values, so any reader draws it without recalculating.
 */
export function scatterChartXml(spec: ScatterChartSpec, caches: SeriesCache[]): string {
  const series = spec.series
    .map((s, i) => {
      const color = hex(s.color);
      const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${text(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="${s.marker ?? "circle"}"/><c:size val="7"/><c:spPr>${fill}<a:ln w="9525">${fill}</a:ln></c:spPr></c:marker>` +
        `<c:xVal>${numRef(s.x.sheet, s.x.rect, caches[i]?.x ?? [])}</c:xVal>` +
        `<c:yVal>${numRef(s.y.sheet, s.y.rect, caches[i]?.y ?? [])}</c:yVal>` +
        `<c:smooth val="0"/></c:ser>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>${title(spec.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}` +
    `<c:axId val="${X_AXIS_ID}"/><c:axId val="${Y_AXIS_ID}"/></c:scatterChart>` +
    valAx(X_AXIS_ID, Y_AXIS_ID, "b", spec.xAxis) +
    valAx(Y_AXIS_ID, X_AXIS_ID, "l", spec.yAxis) +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function valAx(id: number, cross: number, pos: "b" | "l", axis: ScatterChartSpec["xAxis"]): string {
  if (!(axis.max > axis.min) || !(axis.majorUnit > 0)) throw new Error(`Invalid chart axis: min ${axis.min}, max ${axis.max}, majorUnit ${axis.majorUnit}`);
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/><c:max val="${axis.max}"/><c:min val="${axis.min}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${pos}"/><c:majorGridlines/>${title(axis.title)}` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    // tickLblPos none: no numbers along the axis, the title and gridlines stay (c:delete would drop the title too).
    `<c:tickLblPos val="${axis.tickLabels === false ? "none" : "nextTo"}"/>` +
    `<c:crossAx val="${cross}"/><c:crosses val="min"/><c:crossBetween val="midCat"/><c:majorUnit val="${axis.majorUnit}"/></c:valAx>`
  );
}

function title(s: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${text(s)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function numRef(sheet: string, rect: Rect, cache: (number | null)[]): string {
  const count = rect.rows * rect.cols;
  const points = cache
    .slice(0, count)
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numRef><c:f>${text(`${quoteSheetName(sheet)}!${absolute(rect)}`)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${count}"/>${points}</c:numCache></c:numRef>`;
}

function absolute(rect: Rect): string {
  return rangeAddress(rect)
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

function text(s: string): string {
  return escapeXmlText(stripInvalidXmlChars(s));
}

function hex(rgb: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new Error(`Colour must be "RRGGBB": ${rgb}`);
  return rgb.toUpperCase();
}

/** A drawing part anchoring each chart (by relationship id) over its cell rectangle. */
export function drawingXml(charts: { relId: string; anchor: Rect; name: string }[]): string {
  const anchors = charts
    .map(
      (c, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", c.anchor.row, c.anchor.col)}${marker("to", c.anchor.row + c.anchor.rows, c.anchor.col + c.anchor.cols)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${text(c.name).replace(/"/g, "&quot;")}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}">` +
        `<c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${c.relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A_NS}">${anchors}</xdr:wsDr>`
  );
}

function marker(which: "from" | "to", row: number, col: number): string {
  return `<xdr:${which}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${which}>`;
}
