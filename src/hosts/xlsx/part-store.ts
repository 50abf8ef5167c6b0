import { decodeXmlBytes, encodeUtf8 } from "./xml-text";
import type { ZipEntry } from "./zip-read";

/**
 * The package's parts by name, in zip order. Untouched parts keep the exact bytes they came in with;
 * a part deleted and written again in one session returns to its old place, so a re-run saves the same order.
 */
export class PartStore {
  private readonly order: string[] = [];
  private readonly bytes = new Map<string, Uint8Array>();
  private readonly texts = new Map<string, string>();
  private readonly byLowerCase = new Map<string, string>();
  readonly original: ReadonlySet<string>;

  constructor(entries: ZipEntry[]) {
    for (const e of entries) this.setBytes(e.name, e.data);
    this.original = new Set(entries.map((e) => e.name));
  }

  /** The stored spelling of a part name (zip names are case-insensitively unique). */
  resolve(name: string): string | undefined {
    const stored = this.byLowerCase.get(name.toLowerCase());
    return stored !== undefined && (this.bytes.has(stored) || this.texts.has(stored)) ? stored : undefined;
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  bytesOf(name: string): Uint8Array | undefined {
    const key = this.resolve(name);
    if (key === undefined) return undefined;
    const b = this.bytes.get(key);
    return b ?? encodeUtf8(this.texts.get(key)!);
  }

  /** Decoded text of a part, cached. */
  text(name: string): string | undefined {
    const key = this.resolve(name);
    if (key === undefined) return undefined;
    let t = this.texts.get(key);
    if (t === undefined) {
      t = decodeXmlBytes(this.bytes.get(key)!);
      this.texts.set(key, t);
    }
    return t;
  }

  /** True when the part's current content differs from what was read (or it is new). */
  isChanged(name: string): boolean {
    const key = this.resolve(name);
    return key !== undefined && !this.bytes.has(key);
  }

  setText(name: string, text: string): void {
    const key = this.track(name);
    this.bytes.delete(key);
    this.texts.set(key, text);
  }

  setBytes(name: string, data: Uint8Array): void {
    const key = this.track(name);
    this.texts.delete(key);
    this.bytes.set(key, data);
  }

  delete(name: string): void {
    const key = this.resolve(name);
    if (key === undefined) return;
    this.bytes.delete(key);
    this.texts.delete(key);
  }

  /** Present part names in zip order. */
  names(): string[] {
    return this.order.filter((n) => this.bytes.has(n) || this.texts.has(n));
  }

  private track(name: string): string {
    const lower = name.toLowerCase();
    const known = this.byLowerCase.get(lower);
    if (known !== undefined) return known;
    this.byLowerCase.set(lower, name);
    this.order.push(name);
    return name;
  }
}
