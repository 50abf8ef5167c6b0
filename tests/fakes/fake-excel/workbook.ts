// The workbook root: worksheets, custom XML parts, worksheet functions and the application object, plus the
// request context.
import { FakeContext, FakeOfficeError } from "./context";
import { FakeFunctions } from "./functions";
import type { FakeWorkbook, FakeXmlPart } from "./model";
import { FakeClientResult, FakeProxy } from "./proxy";
import { FakeWorksheetCollection } from "./worksheet";

function rootNamespace(xml: string): string {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>/, "").trimStart();
  const root = /^<([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^>]*)>/.exec(body);
  if (!root || !/<\/[^>]+>\s*$|\/>\s*$/.test(body)) throw new FakeOfficeError("InvalidArgument", "not well-formed XML");
  const prefix = root[1].includes(":") ? root[1].split(":")[0] : "";
  const attr = new RegExp(`xmlns${prefix ? ":" + prefix : ""}\\s*=\\s*"([^"]*)"`).exec(root[2]);
  return attr?.[1] ?? "";
}

export class FakeXmlPartProxy extends FakeProxy<FakeXmlPart> {
  constructor(ctx: FakeContext, resolve: () => FakeXmlPart | null, nullable = false) {
    super(ctx, resolve, nullable, true);
  }
  protected scalars() { return ["id", "namespaceUri"] as const; }
  protected readScalar(t: FakeXmlPart, name: string): unknown { return name === "id" ? t.id : t.namespaceUri; }
  get id(): string { return this.get("id"); }
  get namespaceUri(): string { return this.get("namespaceUri"); }
  getXml(): FakeClientResult<string> {
    return new FakeClientResult(this.ctx, () => this.target().xml);
  }
  setXml(xml: string): void {
    this.call([xml], (t) => { t.xml = xml; t.namespaceUri = rootNamespace(xml); });
  }
  delete(): void {
    this.call([], (t) => {
      const parts = this.ctx.model.customXmlParts;
      parts.splice(parts.indexOf(t), 1);
    });
  }
}

class FakeXmlPartScoped extends FakeProxy<FakeXmlPart[]> {
  private itemProxies?: FakeXmlPartProxy[];
  protected scalars() { return [] as const; }
  protected readScalar(): unknown { return undefined; }
  protected override loadCollection(head: string, rest: string): boolean {
    if (head !== "items") return false;
    this.itemProxies = this.target().map((part) => {
      const p = new FakeXmlPartProxy(this.ctx, () => part);
      p.loadNow([rest || "id"]);
      return p;
    });
    return true;
  }
  get items(): FakeXmlPartProxy[] {
    if (!this.itemProxies) throw new FakeOfficeError("PropertyNotLoaded", "items");
    return this.itemProxies;
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.ctx, () => this.target().length);
  }
  getOnlyItemOrNullObject(): FakeXmlPartProxy {
    return new FakeXmlPartProxy(this.ctx, () => {
      const all = this.target();
      return all.length === 1 ? all[0] : null;
    }, true);
  }
  getItem(id: string): FakeXmlPartProxy {
    return new FakeXmlPartProxy(this.ctx, () => this.target().find((p) => p.id === id) ?? null);
  }
}

class FakeXmlParts {
  constructor(private readonly ctx: FakeContext) {}
  add(xml: string): FakeXmlPartProxy {
    let created: FakeXmlPart | null = null;
    this.ctx.enqueue(xml.length, () => {
      this.ctx.requireApi("1.5", "customXmlParts");
      this.ctx.model.writes++;
      created = { id: `{${String(this.ctx.model.nextId++).padStart(8, "0")}-0000-0000-0000-000000000000}`, xml, namespaceUri: rootNamespace(xml) };
      this.ctx.model.customXmlParts.push(created);
    });
    return new FakeXmlPartProxy(this.ctx, () => created);
  }
  getByNamespace(ns: string): FakeXmlPartScoped {
    return new FakeXmlPartScoped(this.ctx, () => {
      this.ctx.requireApi("1.5", "customXmlParts");
      return this.ctx.model.customXmlParts.filter((p) => p.namespaceUri === ns);
    }, false, true);
  }
  getItem(id: string): FakeXmlPartProxy {
    return new FakeXmlPartProxy(this.ctx, () => this.ctx.model.customXmlParts.find((p) => p.id === id) ?? null);
  }
  getItemOrNullObject(id: string): FakeXmlPartProxy {
    return new FakeXmlPartProxy(this.ctx, () => this.ctx.model.customXmlParts.find((p) => p.id === id) ?? null, true);
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(0, () => {
      this.ctx.requireApi("1.6", "suspendApiCalculationUntilNextSync");
      this.ctx.model.suspendedCalculation++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue(0, () => {
      this.ctx.requireApi("1.9", "suspendScreenUpdatingUntilNextSync");
      this.ctx.model.suspendedScreenUpdating++;
    });
  }
}

/** What Excel.run hands to the batch function. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    customXmlParts: FakeXmlParts;
    functions: FakeFunctions;
    application: FakeApplication;
  };
  readonly application: FakeApplication;
  constructor(model: FakeWorkbook) {
    super(model);
    this.application = new FakeApplication(this);
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      customXmlParts: new FakeXmlParts(this),
      functions: new FakeFunctions(this),
      application: this.application,
    };
  }
}
