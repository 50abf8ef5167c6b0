// Range.dataValidation (ExcelApi 1.8): enough for list rules. A rule set on cells replaces the rules it
// overlaps, clear() removes them; a typed-in list source longer than 255 characters is refused as Excel's
// Data Validation dialog refuses it.
import { FakeOfficeError } from "./context";
import { intersects } from "./model";
import type { FakeRange } from "./range";

const MAX_LIST_SOURCE = 255;

export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}

  set rule(rule: Record<string, unknown>) {
    const ctx = this.range.ctx;
    ctx.enqueue(JSON.stringify(rule).length, () => {
      ctx.requireApi("1.8", "Range.dataValidation");
      const t = this.range.target();
      if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", `sheet ${t.sheet.name} is protected`);
      const list = rule.list as { source?: unknown } | undefined;
      if (list && typeof list.source === "string" && list.source.length > MAX_LIST_SOURCE) {
        throw new FakeOfficeError("InvalidArgument", "list source longer than 255 characters");
      }
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.rect, t.rect));
      t.sheet.validations.push({ rect: t.rect, rule });
    });
  }

  clear(): void {
    const ctx = this.range.ctx;
    ctx.enqueue(8, () => {
      ctx.requireApi("1.8", "Range.dataValidation");
      const t = this.range.target();
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.rect, t.rect));
    });
  }
}
