// Proxy objects with Office.js load/sync semantics: a property is readable only after load() and a sync,
// a property set is an action applied at the next sync, and objects bind to their target when the batch
// runs (so "add a sheet, then get it" works inside one batch).
import { FakeContext, FakeOfficeError, jsonBytes } from "./context";

export abstract class FakeProxy<T> {
  private bound = false;
  private targetValue: T | null = null;
  private loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;

  /**
   * @param resolve finds the target while a sync runs; null means "no such object".
   * @param nullable true for the *OrNullObject methods: a missing target is a null object, not an error.
   * @param action true when the proxy comes from a method call (an action in the request).
   */
  constructor(
    readonly ctx: FakeContext,
    private readonly resolve: () => T | null,
    private readonly nullable = false,
    action = false,
  ) {
    if (action) ctx.enqueue(0, () => this.nullKnown = this.tryTarget() === null);
  }

  /** Optional parents: a null parent makes this null too. */
  tryTarget(): T | null {
    if (!this.ctx.inSync) throw new Error("fake Excel: target resolved outside a sync");
    if (!this.bound) {
      this.targetValue = this.resolve();
      this.bound = true;
    }
    return this.targetValue;
  }

  target(): T {
    const t = this.tryTarget();
    if (t === null) {
      if (this.nullable) throw new FakeOfficeError("InvalidOperation", "the object is a null object");
      throw new FakeOfficeError("ItemNotFound", `${this.constructor.name} does not exist`);
    }
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject before sync");
    return this.nullKnown;
  }

  /** Scalar property names load() accepts. */
  protected abstract scalars(): readonly string[];
  protected abstract readScalar(target: T, name: string): unknown;
  /** Navigation properties (child proxies) reachable by a load path. */
  protected navigation(_name: string): FakeProxy<unknown> | undefined {
    return undefined;
  }

  load(spec?: string | string[]): this {
    const paths = spec === undefined ? [...this.scalars()] : (Array.isArray(spec) ? spec : spec.split(","));
    const clean = paths.map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(jsonBytes(clean), () => this.loadNow(clean));
    return this;
  }

  /** Runs inside a sync. */
  loadNow(paths: string[]): void {
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const nav = this.navigation(head);
      if (nav) {
        nav.loadNow(rest.length ? [rest.join("/")] : [...nav.scalars()]);
        continue;
      }
      if (this.loadCollection(head, rest.join("/"))) continue;
      if (!this.scalars().includes(head)) throw new FakeOfficeError("InvalidArgument", `cannot load ${head}`);
      const t = this.tryTarget();
      const v = t === null ? null : this.readScalar(t, head);
      this.loaded.set(head, v);
      this.ctx.respond(jsonBytes(v) + head.length + 4);
    }
  }

  /** Collections override this for "items/…" paths. */
  protected loadCollection(_head: string, _rest: string): boolean {
    return false;
  }

  /** Reads a loaded scalar; like Office.js, throws PropertyNotLoaded when it was not loaded and synced. */
  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw new FakeOfficeError("PropertyNotLoaded", `${name} was not loaded`);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write. */
  protected put(name: string, value: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue(jsonBytes(value) + name.length, () => {
      this.ctx.model.writes++;
      apply(this.target());
    });
    this.loaded.delete(name);
  }

  /** Queues a method call. */
  protected call(args: unknown[], run: (t: T) => void): void {
    this.ctx.enqueue(jsonBytes(args), () => {
      this.ctx.model.writes++;
      run(this.target());
    });
  }

  untrack(): this {
    return this;
  }
}

/** A result of a method call (e.g. getXml()); its value is readable after the sync. */
export class FakeClientResult<V> {
  private known = false;
  private v: V | undefined;
  constructor(ctx: FakeContext, compute: () => V) {
    ctx.enqueue(0, () => {
      this.v = compute();
      this.known = true;
      ctx.respond(jsonBytes(this.v));
    });
  }
  get value(): V {
    if (!this.known) throw new FakeOfficeError("PropertyNotLoaded", "ClientResult read before sync");
    return this.v as V;
  }
}
