// Finds the header of a table on a sheet and maps its columns to keys through a synonym table (RULES §6):
// the header may sit under title rows, span two rows (a merged group over sub-headers) and be followed by a
// row of column numbers. Generic over the key, so the `Jabatan Target` sheet reuses it with its own table.
import type { CellValue, Grid } from "../grid/types";
import { compileSynonyms, matchHeader, type HeaderMatch, type MatchVia, type SynonymIndex } from "./header-match";
import { headerWords, yearOnly } from "./normalise";

export interface KeyedHeaderOptions<K extends string> {
  /** Header words that are no key (`No`, `Keterangan`): they help find the header row. */
  otherHeaders?: string[];
  /** Keys that may own several columns, one per year (`Predikat Kinerja 2023 | 2024`). */
  yearlyKeys?: readonly K[];
  /** Rows searched from the top of the grid. Default 30. */
  scanRows?: number;
  /** Fewest header words a row needs to be the header. Default 2. */
  minMatches?: number;
  /** 0-based sheet row of the header (its top row when two): no search. */
  headerRow?: number;
  /** 0-based sheet columns that are never data (Talenta's own result columns). */
  excludeColumns?: readonly number[];
}

export interface KeyedHeaderColumn<K extends string> {
  /** 0-based sheet column. */
  col: number;
  /** Header text as shown, a group joined to its sub-header: "Predikat Kinerja 2024". */
  header: string;
  key?: K;
  year?: number;
  /** The header is a known word (a key, an "other" header or a tie), not free text. */
  known: boolean;
  via: MatchVia;
  confidence: number;
  /** Keys the header could mean equally (the content may decide). */
  ambiguous?: K[];
}

export interface KeyedHeader<K extends string> {
  /** 0-based sheet rows, one or two; the last is the lowest header row. */
  headerRows: number[];
  columnNumberRow?: number;
  /** 0-based sheet row right under the header (and the column-number row). */
  firstDataRow: number;
  /** Every column with a header text, left to right, excluded columns left out. */
  columns: KeyedHeaderColumn<K>[];
}

const GROUP_NAME_MAX = 40;

interface Ctx<K extends string> {
  grid: Grid;
  index: SynonymIndex<K>;
  excluded: Set<number>;
  width: number;
}

function cellText(ctx: Ctx<string>, gridRow: number, gridCol: number): string {
  const v: CellValue = ctx.grid.values[gridRow]?.[gridCol] ?? null;
  if (typeof v === "string") return v.trim();
  return typeof v === "number" && Number.isFinite(v) ? String(v) : "";
}

function usable(ctx: Ctx<string>, gridCol: number): boolean {
  return !ctx.excluded.has(gridCol + ctx.grid.origin.col);
}

function rowScore<K extends string>(ctx: Ctx<K>, gridRow: number): { score: number; words: number } {
  const keys = new Set<K>();
  let score = 0;
  let words = 0;
  for (let c = 0; c < ctx.width; c++) {
    const v = ctx.grid.values[gridRow]?.[c];
    if (typeof v !== "string" || v.trim() === "" || !usable(ctx, c)) continue;
    const m = matchHeader(v, ctx.index);
    if (!m?.known) continue;
    words++;
    if (m.key === undefined) score += 0.5;
    else if (!keys.has(m.key)) {
      keys.add(m.key);
      score += m.confidence;
    }
  }
  return { score: keys.size === 0 ? 0 : score, words };
}

/** A row that can be sub-headers: only texts or years, at least half of them header words, no NIP. */
function looksLikeSubHeader(ctx: Ctx<string>, gridRow: number): boolean {
  let filled = 0;
  let words = 0;
  for (let c = 0; c < ctx.width; c++) {
    const v = ctx.grid.values[gridRow]?.[c] ?? null;
    if (v === null || (typeof v === "string" && v.trim() === "") || !usable(ctx, c)) continue;
    filled++;
    if (yearOnly(v) !== undefined) words++;
    else if (typeof v !== "string" || /^\D?\d{9,}$/.test(v.replace(/[\s.']/g, ""))) return false;
    else if (matchHeader(v, ctx.index)?.known) words++;
  }
  return filled > 0 && words * 2 >= filled;
}

/** Horizontal merge anchored in this sheet row covering this sheet column. */
function groupMerge(grid: Grid, sheetRow: number, sheetCol: number) {
  return grid.merges.find(
    (m) => m.row === sheetRow && m.cols >= 2 && sheetCol >= m.col && sheetCol < m.col + m.cols,
  );
}

function isPair(ctx: Ctx<string>, top: number, sub: number, subIsBest: boolean): boolean {
  const { grid } = ctx;
  if (top < 0 || sub >= grid.values.length || !looksLikeSubHeader(ctx, sub)) return false;
  const topSheet = top + grid.origin.row;
  const filledSub: number[] = [];
  for (let c = 0; c < ctx.width; c++) if (usable(ctx, c) && cellText(ctx, sub, c) !== "") filledSub.push(c + grid.origin.col);
  const anchored = grid.merges.filter((m) => m.row === topSheet);
  if (anchored.some((m) => m.rows >= 2)) return true;
  // A group name is short ("Predikat Kinerja", "Hasil Asesmen"); a title is long.
  const groups = anchored.filter(
    (m) => m.cols >= 2 && cellText(ctx, top, m.col - grid.origin.col).length <= GROUP_NAME_MAX,
  );
  const covered = (m: { col: number; cols: number }) => filledSub.filter((c) => c >= m.col && c < m.col + m.cols).length;
  // A title merged across the whole table is no group: a group covers part of the sub-headers.
  if (groups.some((m) => covered(m) >= 1 && covered(m) < 0.6 * filledSub.length)) return true;
  if (subIsBest) return false;
  // Unmerged group: a sub-header under an empty top cell ("Predikat Kinerja" | "" over "2023" | "2024").
  return filledSub.some((c) => cellText(ctx, top, c - grid.origin.col) === "");
}

function isColumnNumberRow(ctx: Ctx<string>, gridRow: number): boolean {
  let expected = 1;
  for (let c = 0; c < ctx.width; c++) {
    const v = ctx.grid.values[gridRow]?.[c] ?? null;
    if (v === null || (typeof v === "string" && v.trim() === "") || !usable(ctx, c)) continue;
    const n = typeof v === "number" ? v : Number(String(v).trim().replace(/^\((\d+)\)$/, "$1"));
    if (n !== expected) return false;
    expected++;
  }
  return expected > 3;
}

function matchColumn<K extends string>(ctx: Ctx<K>, top: string, sub: string): HeaderMatch<K> | undefined {
  if (sub === "") return matchHeader(top, ctx.index);
  if (top === "") return matchHeader(sub, ctx.index);
  const year = yearOnly(sub);
  if (year !== undefined) {
    const m = matchHeader(top, ctx.index);
    return m && { ...m, year };
  }
  const m = matchHeader(sub, ctx.index);
  if (m?.known) return m.year === undefined && headerWords(top).year !== undefined ? { ...m, year: headerWords(top).year } : m;
  return matchHeader(`${top} ${sub}`, ctx.index);
}

function readColumns<K extends string>(ctx: Ctx<K>, rows: number[]): KeyedHeaderColumn<K>[] {
  const { grid } = ctx;
  const out: KeyedHeaderColumn<K>[] = [];
  let carry = "";
  for (let c = 0; c < ctx.width; c++) {
    if (!usable(ctx, c)) {
      carry = "";
      continue;
    }
    const sheetCol = c + grid.origin.col;
    let top = cellText(ctx, rows[0], c);
    const sub = rows.length > 1 ? cellText(ctx, rows[1], c) : "";
    if (rows.length > 1 && top === "") {
      const merge = groupMerge(grid, rows[0] + grid.origin.row, sheetCol);
      if (merge) top = cellText(ctx, rows[0], merge.col - grid.origin.col);
      else if (sub !== "") top = carry;
    }
    carry = rows.length > 1 && top !== "" && sub !== "" ? top : "";
    const header = [top, sub].filter((t) => t !== "").join(" ");
    if (header === "") continue;
    const m = matchColumn(ctx, top, sub);
    out.push({
      col: sheetCol,
      header,
      ...(m?.key !== undefined ? { key: m.key } : {}),
      ...(m?.year !== undefined ? { year: m.year } : {}),
      known: m?.known ?? false,
      via: m?.via ?? "header",
      confidence: m?.key !== undefined ? m.confidence : 0,
      ...(m?.ambiguous ? { ambiguous: m.ambiguous } : {}),
    });
  }
  return out;
}

/** One column per key (per key and year for yearly keys): the surest wins, the leftmost on a tie. */
function dropDuplicates<K extends string>(columns: KeyedHeaderColumn<K>[], yearly: readonly K[]): void {
  const best = new Map<string, KeyedHeaderColumn<K>>();
  const hasYears = new Set(columns.filter((c) => c.key !== undefined && c.year !== undefined).map((c) => c.key));
  for (const col of columns) {
    if (col.key === undefined) continue;
    const isYearly = yearly.includes(col.key);
    if (isYearly && col.year === undefined && hasYears.has(col.key)) {
      delete col.key;
      continue;
    }
    const slot = isYearly ? `${col.key}:${col.year ?? ""}` : col.key;
    const held = best.get(slot);
    if (!held || col.confidence > held.confidence) {
      if (held) delete held.key;
      best.set(slot, col);
    } else delete col.key;
  }
  for (const col of columns) if (col.key === undefined) col.confidence = 0;
}

/** The longest row among grid rows [from, to], rows outside the grid ignored. */
function widthOf(grid: Grid, from: number, to: number): number {
  let width = 0;
  for (let r = Math.max(0, from); r <= to && r < grid.values.length; r++) width = Math.max(width, grid.values[r]?.length ?? 0);
  return width;
}

/** Finds the header and maps its columns; undefined when no row of the first `scanRows` looks like a header. */
export function detectKeyedHeader<K extends string>(
  grid: Grid,
  synonyms: Record<K, string[]>,
  options: KeyedHeaderOptions<K> = {},
): KeyedHeader<K> | undefined {
  const rowsToScan = Math.min(grid.values.length, options.scanRows ?? 30);
  // Only the header rows are read here: the searched rows, the header given, and the two rows under either
  // (sub-headers, column numbers). Their widest row is the width; measuring all 100,000 rows would cost ~5 ms.
  const given = options.headerRow === undefined ? -1 : options.headerRow - grid.origin.row;
  const ctx: Ctx<K> = {
    grid,
    index: compileSynonyms(synonyms, options.otherHeaders),
    excluded: new Set(options.excludeColumns ?? []),
    width: Math.max(widthOf(grid, 0, rowsToScan + 2), widthOf(grid, given - 1, given + 2)),
  };
  let best = -1;
  if (options.headerRow !== undefined) {
    best = options.headerRow - grid.origin.row;
    if (best < 0 || best >= grid.values.length) return undefined;
  } else {
    let bestScore = 0;
    for (let r = 0; r < rowsToScan; r++) {
      const { score, words } = rowScore(ctx, r);
      if (words >= (options.minMatches ?? 2) && score > bestScore) {
        bestScore = score;
        best = r;
      }
    }
    if (best < 0) return undefined;
  }

  let rows = [best];
  if (isPair(ctx, best, best + 1, false)) rows = [best, best + 1];
  else if (options.headerRow === undefined && isPair(ctx, best - 1, best, true)) rows = [best - 1, best];
  let next = rows[rows.length - 1] + 1;
  const numbered = next < grid.values.length && isColumnNumberRow(ctx, next);
  if (numbered) next++;

  const columns = readColumns(ctx, rows);
  dropDuplicates(columns, options.yearlyKeys ?? []);
  return {
    headerRows: rows.map((r) => r + grid.origin.row),
    ...(numbered ? { columnNumberRow: next - 1 + grid.origin.row } : {}),
    firstDataRow: next + grid.origin.row,
    columns,
  };
}
