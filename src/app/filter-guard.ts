// Issue 3: "a selection inside a filtered table" gets a clear answer. RULES §6 makes filtered rows data like
// any other, so a run never classifies only the visible rows; but Excel misplaces values written while a filter
// is applied (office-js #224, a product bug; the workaround is to clear the filter). On a host that says so
// (Host.writesUnderFilterUnsafe) the run stops before writing anything. Pure.
import type { Grid, Rect } from "../grid/types";
import type { TalentaTable } from "../domain/table";
import type { Host } from "../hosts/host";
import { runErrorMessage } from "./messages";
import type { Lang, RunError } from "./types";

/** The active filter over the data: the filtered table's name, or none for the sheet's own filter. */
export interface FilteredData {
  sheet: string;
  table?: string;
}

/**
 * The first active filter (a table's, then the sheet's) over any of the rows from the first header row to the
 * last record. Rows, not columns: a filter hides whole sheet rows, so a filtered table beside the data hides
 * rows Talenta writes to just as much as one holding it.
 */
export function filteredData(grid: Grid, table: TalentaTable): FilteredData | undefined {
  const n = table.sheetRows.length;
  if (n === 0) return undefined;
  const top = table.headerRows[0] ?? table.sheetRows[0];
  const bottom = Math.max(top, table.sheetRows[n - 1]);
  const overlaps = (r: Rect) => r.row <= bottom && top < r.row + r.rows;
  const hit = (grid.tables ?? []).find((t) => t.filtered && overlaps(t.rect));
  if (hit) return { sheet: table.sheet, table: hit.name };
  if (grid.autoFilter?.filtered && overlaps(grid.autoFilter.rect)) return { sheet: table.sheet };
  return undefined;
}

/** The refusal a run on this host would meet (classify stops with it; the preview shows it ahead), or none. */
export function filterRefusal(host: Host, grid: Grid, table: TalentaTable, lang: Lang): RunError | undefined {
  const filtered = host.writesUnderFilterUnsafe ? filteredData(grid, table) : undefined;
  if (!filtered) return undefined;
  const data = { sheet: filtered.sheet, ...(filtered.table ? { table: filtered.table } : {}) };
  return { code: "data-filtered", message: runErrorMessage("data-filtered", lang, data), data };
}
