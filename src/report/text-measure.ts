// How much room text takes in a printed cell: the one estimate behind row heights (Talent Pool, Validasi,
// Ringkasan), the names that fit a Kotak 9 box, and column widths that keep a header's words whole.
// Letters are weighed, not counted: names and units in CAPITALS (common in BKPSDM sheets) are about a sixth
// wider than the same text in lower case, and "iIl.,;" about half as wide.

/** Printed width of one character, in units of an average lowercase letter of a sans-serif font. */
function charUnits(ch: string): number {
  if (" .,;:'!|iIjl".includes(ch)) return 0.5;
  if ("frt-()".includes(ch)) return 0.65;
  if ("mwMW".includes(ch)) return 1.5;
  if (ch >= "A" && ch <= "Z") return 1.15;
  if (ch >= "0" && ch <= "9") return 1.05;
  return 1;
}

/** Printed width of `s` in units (see charUnits). */
export function textUnits(s: string): number {
  let units = 0;
  for (const ch of s) units += charUnits(ch);
  return units;
}

/**
 * Units of text a line holds in a column `widthChars` wide (Excel width: characters of the 11 pt default font)
 * at `fontPt`. `factor` is units of 11 pt text per width unit. Measured in LibreOffice's PDFs (Carlito, Calibri's
 * metrics) it lies between 0.99 and 1.05: at 11 pt "Kinerja di atas ekspektasi" (21.6 units) fits a 25-wide column
 * and "Kepala Dinas Penanaman" (21.0) does not fit a 20-wide one; at 9 pt "Ir. Ma'ruf Ramadhan, S.Kep." (22.9)
 * fits a 19-wide column and "Drs. Rizki Ilham Hidayat, S.Pd." (25.1) does not. The default, 1, is the low end;
 * a caller that must never overflow (a cell whose text is cut, not grown) passes a smaller factor.
 */
export function lineUnits(widthChars: number, fontPt = 11, factor = 1): number {
  return widthChars * (11 / fontPt) * factor;
}

/**
 * Lines `text` takes when wrapped at spaces into lines `units` wide, as Excel and LibreOffice wrap: each "\n"
 * starts a line; a word wider than a line fills whole lines and the rest starts the next.
 */
export function wrappedLines(text: string, units: number): number {
  const space = charUnits(" ");
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      let w = textUnits(word);
      if (used > 0 && used + space + w <= units) {
        used += space + w;
        continue;
      }
      if (used > 0) lines++;
      while (w > units) {
        lines++;
        w -= units;
      }
      used = w;
    }
  }
  return lines;
}

/** Lines `text` takes in a column `widthChars` wide at `fontPt` (see lineUnits). */
export function linesInColumn(text: string, widthChars: number, fontPt = 11): number {
  return wrappedLines(text, lineUnits(widthChars, fontPt));
}

/** Bold letters are wider (Calibri bold about 5%). */
const BOLD = 1.05;

/**
 * The narrowest whole column width (Excel characters) that holds each word of `text` on a line of its own at
 * `fontPt`, so a wrapped header breaks between words, never inside one ("Performa|nce").
 */
export function widthForWords(text: string, options: { fontPt?: number; bold?: boolean } = {}): number {
  const longest = Math.max(0, ...text.split(/\s+/).map(textUnits));
  const perWidth = lineUnits(1, options.fontPt ?? 11);
  return Math.ceil((longest * (options.bold ? BOLD : 1)) / perWidth);
}
