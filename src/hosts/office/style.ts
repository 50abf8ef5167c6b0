// CellStyle → Range.format: one call per property for the whole range, never per cell.
import type { CellStyle } from "../../grid/types";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.underline !== undefined) f.font.underline = style.underline ? "Single" : "None";
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = `#${style.fontColor}`;
  if (style.fill !== undefined) f.fill.color = `#${style.fill}`;
  if (style.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border !== undefined) {
    const edges: Excel.BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
    // Inside borders of a single row or column do not exist; Excel refuses them.
    if (cols > 1) edges.push("InsideVertical" as Excel.BorderIndex);
    if (rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = style.border === "thin" ? "Thin" : "Medium";
    }
  }
}
