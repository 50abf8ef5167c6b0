// An in-memory fake of the Excel JavaScript API, as far as OfficeHost uses it (see fake-excel/).
// installFakeExcel() puts `Excel` (run + enums) and `Office.context.requirements` on globalThis and returns
// the workbook model for assertions: cells, styles, charts, sync count, request and response sizes. A workbook
// in the 1904 date system: set `model.date1904` (its cells then hold 1904-system serials; DATE answers in it).
import { compareVersions } from "./fake-excel/context";
import { type FakeWorkbook, newWorkbook } from "./fake-excel/model";
import { FakeRequestContext } from "./fake-excel/workbook";

export { FakeOfficeError } from "./fake-excel/context";
export * from "./fake-excel/model";
export { FakeRequestContext } from "./fake-excel/workbook";

const enums = {
  ChartType: { xyscatter: "XYScatter", xyscatterLines: "XYScatterLines" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ChartMarkerStyle: { circle: "Circle", none: "None" },
  ChartAxisType: { category: "Category", value: "Value" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ErrorCodes: {
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    itemNotFound: "ItemNotFound",
  },
};

export function fakeRun(model: FakeWorkbook) {
  return async <T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeRequestContext(model);
    try {
      return await batch(ctx);
    } finally {
      // Excel.run's trailing commit is not relied on: anything left queued counts as forgotten.
      model.discardedActions += ctx.pending;
    }
  };
}

/** Installs the fake as the global `Excel` (and `Office.context.requirements`); returns the model. */
export function installFakeExcel(model: FakeWorkbook = newWorkbook()): FakeWorkbook {
  const g = globalThis as Record<string, unknown>;
  g.Excel = { ...enums, run: fakeRun(model), RequestContext: FakeRequestContext };
  g.Office = {
    ...(g.Office as object | undefined),
    context: {
      displayLanguage: "id-ID",
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && compareVersions(model.apiVersion, version ?? "1.1") >= 0,
      },
    },
  };
  return model;
}

export function uninstallFakeExcel(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
}

/** The host's own view of the context type: tests hand the fake where an Excel.RequestContext is expected. */
export function asExcelContext(ctx: FakeRequestContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}
