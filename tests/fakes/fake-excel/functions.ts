// Workbook.functions (WorksheetFunctions, ExcelApi 1.2), as far as the host uses it: DATE, evaluated in the
// fake workbook's own date system. A call is an action in the request and its FunctionResult loads like any
// other proxy (value and error readable only after load() and a sync), so sync counts stay honest.
import { FakeContext, FakeOfficeError, jsonBytes } from "./context";
import { FakeProxy } from "./proxy";

/** What a worksheet function gives: a value, or an error value such as "#NUM!" (then `value` is null). */
export interface Evaluated {
  value: number | null;
  error: string | null;
}

const DAY_MS = 86_400_000;
const LAST_SERIAL_1900 = 2_958_465; // 9999-12-31

/**
 * Excel's DATE(year, month, day): years 0–1899 are taken as 1900 + year, months and days roll over, and a date
 * before the system's first day (or after 9999) is #NUM!. In the 1900 system serial 1 is 1900-01-01 and Excel
 * counts a 29 February 1900 that never was; in the 1904 system serial 0 is 1904-01-01.
 */
export function excelDate(year: number, month: number, day: number, date1904: boolean): Evaluated {
  let y = Math.trunc(year);
  if (y < 0 || y >= 10_000) return { value: null, error: "#NUM!" };
  if (y < 1900) y += 1900;
  const utc = Date.UTC(y, Math.trunc(month) - 1, Math.trunc(day));
  let serial: number;
  if (date1904) {
    serial = Math.round((utc - Date.UTC(1904, 0, 1)) / DAY_MS);
  } else {
    serial = Math.round((utc - Date.UTC(1899, 11, 31)) / DAY_MS);
    if (serial >= 60) serial += 1;
  }
  const last = date1904 ? LAST_SERIAL_1900 - 1462 : LAST_SERIAL_1900;
  if (serial < 0 || serial > last) return { value: null, error: "#NUM!" };
  return { value: serial, error: null };
}

export class FakeFunctionResult extends FakeProxy<Evaluated> {
  constructor(ctx: FakeContext, name: string, args: number[], evaluate: () => Evaluated) {
    super(ctx, evaluate);
    // The call itself: checked and evaluated when the batch runs, before the loads queued after it.
    ctx.enqueue(jsonBytes([name, args]), () => {
      ctx.requireApi("1.2", `functions.${name}`);
      ctx.model.functionCalls.push(`${name}(${args.join(",")})`);
      if (ctx.model.functionsRefused) throw new FakeOfficeError("GeneralException", `functions.${name} refused by this host`);
      this.tryTarget();
    });
  }
  protected scalars() { return ["value", "error"] as const; }
  protected readScalar(t: Evaluated, name: string): unknown { return name === "value" ? t.value : t.error; }
  get value(): number | null { return this.get("value"); }
  get error(): string | null { return this.get("error"); }
}

export class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, "date", [year, month, day], () => excelDate(year, month, day, this.ctx.model.date1904));
  }
}
