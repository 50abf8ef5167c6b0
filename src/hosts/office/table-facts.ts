// The facts a run needs about the user's tables and the sheet's filter, queued to ride with the first block
// of cells (no sync of their own):
// - each table's range (header and totals rows included), showHeaders and showTotals (ExcelApi 1.3, under the
//   manifest's 1.7);
// - whether a filter with criteria is applied: TableAutoFilter.isDataFiltered and Worksheet.autoFilter are
//   ExcelApi 1.9. Below 1.9 the host cannot tell and reports `filtered: false` (and no sheet filter): the run
//   then goes ahead as it did before issue 3, and a filter applied in Excel 2016 can still misplace writes
//   (office-js #224). Hidden rows are read either way (RULES §6: they are data).
import type { Rect, SheetAutoFilter, SheetTable } from "../../grid/types";
import type { ApiSupport } from "./api-support";

export interface FilterFacts {
  tables: SheetTable[];
  autoFilter?: SheetAutoFilter;
}

/** Queues the loads; the returned function reads them after the next sync. */
export function queueFilterFacts(ws: Excel.Worksheet, tables: Excel.Table[], supports: ApiSupport, withSheetFilter: boolean): () => FilterFacts {
  const filters = supports("1.9");
  const queued = tables.map((t) => {
    const range = t.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    t.load("showHeaders,showTotals");
    if (filters) t.autoFilter.load("isDataFiltered");
    return { table: t, range };
  });
  let sheetFilter: { filter: Excel.AutoFilter; range: Excel.Range } | undefined;
  if (filters && withSheetFilter) {
    const filter = ws.autoFilter;
    filter.load("enabled,isDataFiltered");
    const range = filter.getRangeOrNullObject();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    sheetFilter = { filter, range };
  }
  return () => {
    const out: FilterFacts = {
      tables: queued.map(({ table, range }) => ({
        name: table.name,
        rect: rectOf(range),
        headerRow: table.showHeaders !== false,
        totalsRow: table.showTotals === true,
        filtered: filters ? table.autoFilter.isDataFiltered === true : false,
      })),
    };
    if (sheetFilter && sheetFilter.filter.enabled && !sheetFilter.range.isNullObject) {
      out.autoFilter = { rect: rectOf(sheetFilter.range), filtered: sheetFilter.filter.isDataFiltered === true };
    }
    return out;
  };
}

function rectOf(range: Excel.Range): Rect {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}
