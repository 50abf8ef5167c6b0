// Who is in each box: the best-placed people first, as many as the printed cell shows, then "… dan N lainnya" on
// a line of its own, so a cut list always says it is cut. The full list is on the Talent Pool and the data sheet.
import type { Classification } from "../domain/classification";
import type { TalentaTable } from "../domain/table";
import { personName } from "./person";
import { lineUnits, wrappedLines } from "./text-measure";

/**
 * Between two names. Names carry titles with commas ("H. Yusuf Wibowo, S.STP., M.Si."), so a comma cannot
 * separate people. "; " rather than one name per line: a 9-line cell then shows about half again as many names,
 * and a name wrapped over two lines is still one name.
 */
export const NAME_SEPARATOR = "; ";

/** What a names cell holds: lines of text at most `lineUnits` wide (see text-measure.ts textUnits), and how many lines. */
export interface NamesCell {
  lineUnits: number;
  lines: number;
}

/**
 * The names cell of a column `widthChars` wide (Excel width: characters of the 11 pt default font) and `heightPt`
 * tall, at `fontPt`. Conservative on purpose, since every program wraps a little differently and Excel prints a
 * little wider than it shows: LibreOffice (DejaVu Sans where Calibri is missing, wider) put about 43 units
 * (50 characters of names) on a line of a 34-wide column at 9 pt and 10 lines in 110 pt; Excel's Calibri fits
 * about 46 characters and has 12 pt lines. This allows 33 units (about 40 characters) and 8 lines.
 */
export function namesCell(widthChars: number, heightPt: number, fontPt: number): NamesCell {
  return {
    lineUnits: lineUnits(widthChars, fontPt, 0.8),
    // 1.35 × the font size per line (Excel: 12 pt for 9 pt Calibri), less the cell's top and bottom margins.
    lines: Math.max(1, Math.floor((heightPt - 4) / (fontPt * 1.35))),
  };
}

export interface BoxNames {
  /** Index 1..9: the names shown, best placed first. */
  shown: string[][];
  /** Index 1..9: how many are left out. */
  more: number[];
}

/**
 * The people of each box, best placed first: by Nilai Talenta when the preset gives one, else by the sum of the
 * axis scores (potensial + kinerja) that are scored, highest first; equal ones by name, then sheet order. Each
 * box shows the names that fit `cell`: all of them when they fit every line, else as many as fit all lines but
 * the last, which says how many are left out.
 */
export function collectBoxNames(table: TalentaTable, c: Classification, rowWord: string, cell: NamesCell): BoxNames {
  // No more names can fit than cell units over the narrowest name with its separator (three units).
  const room = Math.max(1, Math.ceil((cell.lines * cell.lineUnits) / 3));
  const ranked = new Ranking(table, c, rowWord);
  const best: number[][] = Array.from({ length: 10 }, () => []);
  const count = new Int32Array(10);
  for (let i = 0; i < c.kotak.length; i++) {
    const k = c.kotak[i];
    if (k === 0) continue;
    count[k]++;
    ranked.offer(best[k], i, room);
  }
  const shown: string[][] = Array.from({ length: 10 }, () => []);
  const more = new Array<number>(10).fill(0);
  for (let k = 1; k <= 9; k++) {
    const names = best[k].map((i) => ranked.name(i));
    shown[k] = fittingNames(names, count[k], cell);
    more[k] = count[k] - shown[k].length;
  }
  return { shown, more };
}

/** The first names that fit: all of them when every name is a candidate and they fit, else one line less. */
function fittingNames(names: string[], total: number, cell: NamesCell): string[] {
  const fits = (n: number, lines: number) => n === 0 || wrappedLines(names.slice(0, n).join(NAME_SEPARATOR), cell.lineUnits) <= lines;
  if (names.length === total && fits(total, cell.lines)) return names;
  let n = 0;
  while (n < names.length && fits(n + 1, cell.lines - 1)) n++;
  return names.slice(0, n);
}

/** Orders records best placed first and keeps the best few of a box (a sorted list, bounded). */
class Ranking {
  /**
   * Lower-cased names of the records compared by name so far. Compared as strings, not with Intl.Collator: a box
   * of 100,000 people of equal rank is compared once per person, and a collator took ten times as long.
   */
  private readonly keys: (string | undefined)[] = [];
  constructor(private readonly table: TalentaTable, private readonly c: Classification, private readonly rowWord: string) {}

  private sortKey(i: number): string {
    return (this.keys[i] ??= personName(this.table, i, this.rowWord).toLowerCase());
  }

  /** The name as the box shows it: one line of text, a line break typed inside a Nama cell is a space. */
  name(i: number): string {
    return personName(this.table, i, this.rowWord).replace(/\s+/g, " ");
  }

  /** Negative when record a is placed before record b. */
  compare(a: number, b: number): number {
    const c = this.c;
    const ta = finiteOr(c.nilaiTalenta[a]);
    const tb = finiteOr(c.nilaiTalenta[b]);
    if (ta !== tb) return tb - ta;
    const sa = axisSum(c, a);
    const sb = axisSum(c, b);
    if (sa !== sb) return sb - sa;
    const na = this.sortKey(a);
    const nb = this.sortKey(b);
    return na < nb ? -1 : na > nb ? 1 : a - b;
  }

  /** Puts record i into `best` (sorted, best first) when it is among the `room` best. */
  offer(best: number[], i: number, room: number): void {
    if (best.length >= room && this.compare(i, best[best.length - 1]) >= 0) return;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(i, best[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, i);
    if (best.length > room) best.pop();
  }
}

const finiteOr = (x: number) => (Number.isFinite(x) ? x : -Infinity);

/** Potensial + kinerja over the scored axes; -Infinity when neither is scored (both categorical). */
function axisSum(c: Classification, i: number): number {
  const p = c.potensialScore[i];
  const k = c.kinerjaScore[i];
  if (!Number.isFinite(p) && !Number.isFinite(k)) return -Infinity;
  return (Number.isFinite(p) ? p : 0) + (Number.isFinite(k) ? k : 0);
}
