import { decodeXmlBytes } from "./xml-text";
import { inflateEntry, type InflateBudget } from "./zip-inflate";
import type { ZipEntry } from "./zip-directory";
import type { PartContent, ZipSource } from "./zip-write";

interface Part {
  /** The entry as it came in; kept while the part is untouched, so save copies its compressed bytes. */
  raw?: ZipEntry;
  /** Decoded text, cached for an untouched part or the content of a changed one. */
  text?: string;
  /**
   * Content of a changed part computed when it is read or zipped and never kept: a 100 MB sheet then exists
   * only while it is being deflated.
   */
  produce?: () => PartContent;
  /** The entry a produced part came in as, so its original text can still be read. */
  origin?: ZipEntry;
}

/**
 * The package's parts by name, in zip order. Parts are inflated only when read, and untouched parts leave
 * with the exact compressed bytes they came in with. A part deleted and written again in one session returns
 * to its old place, so a re-run saves the same order.
 */
export class PartStore {
  private readonly order: string[] = [];
  private readonly parts = new Map<string, Part>();
  private readonly byLowerCase = new Map<string, string>();
  readonly original: ReadonlySet<string>;

  constructor(
    private readonly zip: Uint8Array,
    entries: ZipEntry[],
    private readonly budget: InflateBudget,
  ) {
    for (const e of entries) this.parts.set(this.track(e.name), { raw: e });
    this.original = new Set(entries.map((e) => e.name));
  }

  /** The stored spelling of a part name (zip names are case-insensitively unique). */
  resolve(name: string): string | undefined {
    const stored = this.byLowerCase.get(name.toLowerCase());
    return stored !== undefined && this.parts.has(stored) ? stored : undefined;
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  /** Decoded text of a part, cached (an untouched part is inflated on first read); a produced part is computed anew. */
  text(name: string): string | undefined {
    const part = this.part(name);
    if (!part) return undefined;
    if (part.produce) {
      const content = part.produce();
      return typeof content === "string" ? content : content instanceof Uint8Array ? decodeXmlBytes(content) : [...content].join("");
    }
    if (part.text === undefined) part.text = decodeXmlBytes(inflateEntry(this.zip, part.raw!, this.budget));
    return part.text;
  }

  /** Drops the cached text of an untouched part (it is inflated again if read again). */
  forget(name: string): void {
    const part = this.part(name);
    if (part?.raw) part.text = undefined;
  }

  /** True when the part's current content differs from what was read (or it is new). */
  isChanged(name: string): boolean {
    const part = this.part(name);
    return part !== undefined && part.raw === undefined;
  }

  setText(name: string, text: string): void {
    this.parts.set(this.track(name), { text });
  }

  /**
   * A changed part whose content `produce` computes each time it is read or zipped (so it must depend only on
   * state that outlives the call). The part's original text stays readable through originalText.
   */
  setProducer(name: string, produce: () => PartContent): void {
    const old = this.part(name);
    this.parts.set(this.track(name), { produce, origin: old?.raw ?? old?.origin });
  }

  /** The part's text as it came in, inflated again on each call (not cached); undefined for a part that is new. */
  originalText(name: string): string | undefined {
    const part = this.part(name);
    const entry = part?.raw ?? part?.origin;
    return entry && decodeXmlBytes(inflateEntry(this.zip, entry, this.budget));
  }

  delete(name: string): void {
    const key = this.resolve(name);
    if (key !== undefined) this.parts.delete(key);
  }

  /** Present part names in zip order. */
  names(): string[] {
    return this.order.filter((n) => this.parts.has(n));
  }

  /** What the zip writer needs for each present part, in zip order. */
  zipSources(): ZipSource[] {
    return this.names().map((name) => {
      const part = this.parts.get(name)!;
      if (part.raw) return { name, raw: part.raw, from: this.zip };
      return { name, content: part.produce ?? part.text! };
    });
  }

  private part(name: string): Part | undefined {
    const key = this.resolve(name);
    return key === undefined ? undefined : this.parts.get(key);
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
