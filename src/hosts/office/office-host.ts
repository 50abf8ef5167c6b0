// The Host over Office.js. Constructed with the RequestContext of the ONE Excel.run that wraps a use case.
// Round trips are the cost: reads sync as little as their payload allows; writes are queued and sent in
// batches of ≤ 4 MB (write-queue.ts) at flush() or when the queue is full.
import type { Block, Grid, Rect, ScatterChartSpec, SheetLayout } from "../../grid/types";
import { type Host, type SheetInfo, SheetNotFoundError, SheetProtectedError } from "../host";
import { type ApiSupport, officeApiSupport } from "./api-support";
import { blockWrites } from "./block-writes";
import { SheetCatalogue, type SheetEntry } from "./catalogue";
import { queueScatterChart } from "./chart";
import { queueLayout } from "./layout";
import { readGrid, type TableInfo } from "./read-grid";
import { decodeSettingsXml, encodeSettingsXml, SETTINGS_NAMESPACE } from "./settings-xml";
import { WriteQueue } from "./write-queue";

export interface OfficeHostOptions {
  /** Which ExcelApi sets are available; default: Office.context.requirements. */
  supports?: ApiSupport;
  /** Request budget per sync in bytes (default 4 MB, under Excel on the web's 5 MB limit). */
  budgetBytes?: number;
}

const SMALL_WRITE = 400;

export class OfficeHost implements Host {
  private catalogue?: SheetCatalogue;
  private readonly queue: WriteQueue;
  private readonly supports: ApiSupport;
  private readonly tables = new Map<string, TableInfo[]>();
  private screenSuspended = false;

  constructor(private readonly ctx: Excel.RequestContext, options: OfficeHostOptions = {}) {
    this.supports = options.supports ?? officeApiSupport();
    this.queue = new WriteQueue(() => ctx.sync(), () => this.suspendForWrites(), options.budgetBytes);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return (await this.sheets()).list();
  }

  /** Name of the sheet the user is on (what the ribbon command classifies). */
  async activeSheetName(): Promise<string> {
    return (await this.sheets()).activeSheet;
  }

  /** Makes a sheet the one the user sees (queued). @throws SheetNotFoundError */
  async activateSheet(sheet: string): Promise<void> {
    const entry = await this.existing(sheet);
    await this.queue.add({ bytes: SMALL_WRITE, enqueue: () => this.ctx.workbook.worksheets.getItem(entry.name).activate() });
  }

  /** Shows a cell to the user (the pane's "go to cell" for an issue). @throws SheetNotFoundError */
  async selectCell(sheet: string, a1: string): Promise<void> {
    const entry = await this.existing(sheet);
    await this.queue.add({
      bytes: SMALL_WRITE,
      enqueue: () => {
        const ws = this.ctx.workbook.worksheets.getItem(entry.name);
        ws.activate();
        ws.getRange(a1).select();
      },
    });
    await this.queue.flush();
  }

  /** @throws SheetNotFoundError */
  async readUsedGrid(sheet: string): Promise<Grid> {
    const entry = await this.existing(sheet);
    await this.queue.flush();
    const { grid, tables } = await readGrid(this.ctx, entry.name, this.supports);
    this.tables.set(entry.name.toLowerCase(), tables);
    return grid;
  }

  /**
   * The Excel table (ListObject) holding a cell, known for sheets read by readUsedGrid; lets result
   * columns join the user's table later. Undefined when the cell is in no table or the sheet was not read.
   */
  tableAt(sheet: string, row: number, col: number): TableInfo | undefined {
    return this.tables.get(sheet.toLowerCase())?.find(({ rect: r }) =>
      row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
  }

  /** Existing sheets are deleted and re-added at the same place: that empties contents, formats, charts and layout in one queued step. @throws SheetProtectedError */
  async ensureSheet(name: string): Promise<void> {
    const cat = await this.sheets();
    const old = cat.find(name);
    if (old?.protected) throw new SheetProtectedError(old.name);
    const entry = cat.replace(old?.name ?? name);
    await this.queue.add({
      bytes: SMALL_WRITE,
      enqueue: () => {
        const sheets = this.ctx.workbook.worksheets;
        if (old) sheets.getItem(old.name).delete();
        const ws = sheets.add(entry.name);
        if (old) ws.position = old.position;
      },
    });
  }

  async deleteSheet(name: string): Promise<void> {
    const cat = await this.sheets();
    const old = cat.find(name);
    if (!old) return;
    cat.remove(old.name);
    await this.queue.add({ bytes: SMALL_WRITE, enqueue: () => this.ctx.workbook.worksheets.getItem(old.name).delete() });
  }

  /** @throws SheetNotFoundError, SheetProtectedError */
  async writeBlock(block: Block): Promise<void> {
    const entry = await this.writable(block.sheet);
    for (const write of blockWrites(this.ctx, { ...block, sheet: entry.name }, this.queue.budgetBytes)) await this.queue.add(write);
  }

  /** @throws SheetNotFoundError, SheetProtectedError */
  async clearRange(sheet: string, rect: Rect): Promise<void> {
    const entry = await this.writable(sheet);
    if (rect.rows < 1 || rect.cols < 1) return;
    await this.queue.add({
      bytes: SMALL_WRITE,
      enqueue: () => {
        const range = this.ctx.workbook.worksheets.getItem(entry.name).getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
        range.unmerge();
        range.clear("All");
      },
    });
  }

  /** @throws SheetNotFoundError, SheetProtectedError */
  async setLayout(sheet: string, layout: SheetLayout): Promise<void> {
    const entry = await this.writable(sheet);
    await this.queue.add({
      bytes: SMALL_WRITE * 4,
      enqueue: () => queueLayout(this.ctx.workbook.worksheets.getItem(entry.name), layout, this.supports),
    });
  }

  /** @throws SheetNotFoundError, SheetProtectedError */
  async addScatterChart(spec: ScatterChartSpec): Promise<void> {
    const entry = await this.writable(spec.sheet);
    for (const s of spec.series) for (const ref of [s.x, s.y]) await this.existing(ref.sheet);
    await this.queue.add({
      bytes: SMALL_WRITE * (2 + spec.series.length),
      enqueue: () => queueScatterChart(this.ctx, { ...spec, sheet: entry.name }),
    });
  }

  async readSettings(): Promise<string | undefined> {
    const parts = await this.settingsParts();
    if (!parts.length) return undefined;
    const xml = parts.map((p) => p.getXml());
    await this.ctx.sync();
    for (const x of xml) {
      const text = decodeSettingsXml(x.value);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  /** Replaces Talenta's part (queued; sent with the next batch). */
  async writeSettings(text: string): Promise<void> {
    const xml = encodeSettingsXml(text);
    const ids = (await this.settingsParts()).map((p) => p.id);
    await this.queue.add({
      bytes: SMALL_WRITE + xml.length,
      enqueue: () => {
        const parts = this.ctx.workbook.customXmlParts;
        for (const id of ids) parts.getItem(id).delete();
        parts.add(xml);
      },
    });
  }

  /** Talenta's parts (normally one): one sync. */
  private async settingsParts(): Promise<Excel.CustomXmlPart[]> {
    await this.queue.flush();
    const scoped = this.ctx.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
    scoped.load("items/id");
    await this.ctx.sync();
    return scoped.items;
  }

  async flush(): Promise<void> {
    await this.queue.flush();
  }

  private async sheets(): Promise<SheetCatalogue> {
    if (!this.catalogue) {
      await this.queue.flush();
      this.catalogue = await SheetCatalogue.load(this.ctx);
    }
    return this.catalogue;
  }

  private async existing(sheet: string): Promise<SheetEntry> {
    const entry = (await this.sheets()).find(sheet);
    if (!entry) throw new SheetNotFoundError(sheet);
    return entry;
  }

  private async writable(sheet: string): Promise<SheetEntry> {
    const entry = await this.existing(sheet);
    if (entry.protected) throw new SheetProtectedError(entry.name);
    return entry;
  }

  /** Opens every write batch: recalculation waits for the batch; the screen is frozen once per run. */
  private suspendForWrites(): void {
    const app = this.ctx.workbook.application;
    if (this.supports("1.6")) app.suspendApiCalculationUntilNextSync();
    if (!this.screenSuspended && this.supports("1.9")) {
      app.suspendScreenUpdatingUntilNextSync();
      this.screenSuspended = true;
    }
  }
}

/** Runs `fn` with an OfficeHost inside ONE Excel.run and sends the queued writes at the end. */
export async function runWithOfficeHost<T>(fn: (host: OfficeHost) => Promise<T>, options?: OfficeHostOptions): Promise<T> {
  return Excel.run(async (ctx) => {
    const host = new OfficeHost(ctx, options);
    const result = await fn(host);
    await host.flush();
    return result;
  });
}
