// Column widths travel in characters (Excel's width box: digits of the 11 pt default font, 7 px each). What a
// column of that width takes on screen and on paper: the width in pixels with Excel's 5 px padding, and in points.

/** Pixels a column `chars` wide takes at 96 dpi. */
export function columnWidthPixels(chars: number): number {
  return Math.round(chars * 7) + 5;
}

/** Points a column `chars` wide takes (what Office.js columnWidth and a printed page measure). */
export function columnWidthPoints(chars: number): number {
  return columnWidthPixels(chars) * 0.75;
}
