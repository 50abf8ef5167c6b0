// Which date system the workbook counts its date serials in. Range.values gives the workbook's own serials, so in
// a workbook using the 1904 date system (Excel's workbook option, the default of old Mac Excel) every date reads
// 1,462 days below the 1900 system's serial of the same day; the grid says so (Grid.date1904) and the sheet layer
// moves them up. Workbook.use1904DateSystem is a preview API only, so the host asks Excel's own DATE function:
// DATE(1904, 1, 1) is 0 in the 1904 system (its first day) and 1462 in the 1900 system. The call is
// Workbook.functions (WorksheetFunctions, ExcelApi 1.2, inside the manifest's 1.7: api-support.ts) and is only
// queued: it rides in the host's first sync, which every use case makes anyway, and the date system, a workbook
// property, is learned once per Excel.run.

/** DATE(1904, 1, 1) in the 1904 date system. Any other answer (1462 in the 1900 system) is read as 1900. */
const FIRST_DAY_1904 = 0;

/**
 * Queues the probe; the returned function, called after the caller's sync, tells whether the workbook uses the
 * 1904 date system. Whatever goes wrong (no `functions` on the context, an error value, a property that did not
 * load) answers false, the 1900 system: that is what the host assumed before it could tell, Excel's default on
 * every platform since Excel 2011 for Mac, and it reads the grid as it always did; source cells are never written
 * from it. On an Excel that loads the add-in (ExcelApi 1.7 and up), DATE of a valid date has no failing path.
 */
export function queueDateSystemProbe(ctx: Excel.RequestContext): () => boolean {
  let result: Excel.FunctionResult<number>;
  try {
    result = ctx.workbook.functions.date(1904, 1, 1);
    result.load("value");
  } catch {
    return () => false;
  }
  return () => {
    try {
      return result.value === FIRST_DAY_1904;
    } catch {
      return false;
    }
  };
}
