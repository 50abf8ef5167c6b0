// The workbook's sheets as the host last knew them: loaded once per Excel.run (in the host's first sync),
// then kept up to date by the host's own adds and deletes, so ensureSheet and writes need no sync of their own.
import type { SheetInfo } from "../host";

export interface SheetEntry extends SheetInfo {
  position: number;
}

const VISIBILITY: Record<string, SheetInfo["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export class SheetCatalogue {
  private constructor(private entries: SheetEntry[], readonly activeSheet: string) {}

  /**
   * Queues the loads of the sheet list and the active sheet's name; the returned function reads them after
   * the caller's sync, so other loads can share that round trip. `active` is the active sheet's proxy.
   */
  static queue(ctx: Excel.RequestContext): { active: Excel.Worksheet; resolve: () => SheetCatalogue } {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility,items/position,items/protection/protected");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    const resolve = () => {
      const entries = sheets.items.map((s) => ({
        name: s.name,
        visibility: VISIBILITY[s.visibility] ?? "visible",
        protected: s.protection.protected,
        position: s.position,
      }));
      return new SheetCatalogue(entries.sort((a, b) => a.position - b.position), active.name);
    };
    return { active, resolve };
  }

  /** Excel compares sheet names without case. */
  find(name: string): SheetEntry | undefined {
    const lower = name.toLowerCase();
    return this.entries.find((e) => e.name.toLowerCase() === lower);
  }

  list(): SheetInfo[] {
    return this.entries.map(({ name, visibility, protected: p }) => ({ name, visibility, protected: p }));
  }

  /** After a delete + re-add at the same position, or an add at the end. */
  replace(name: string): SheetEntry {
    const old = this.find(name);
    const entry: SheetEntry = { name, visibility: "visible", protected: false, position: old?.position ?? this.entries.length };
    if (old) this.entries[this.entries.indexOf(old)] = entry;
    else this.entries.push(entry);
    return entry;
  }

  remove(name: string): void {
    const old = this.find(name);
    if (!old) return;
    this.entries = this.entries.filter((e) => e !== old);
    this.entries.forEach((e, i) => { e.position = i; });
  }
}
