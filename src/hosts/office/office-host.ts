// The Host over Office.js. Constructed with the RequestContext of the ONE Excel.run that wraps a use case.
// Round trips are the cost (issue 3: a whole run within 3 + ceil(payload / 4 MB) syncs). The first sync
// loads the sheet list, the settings part ids, the active sheet's extent and the workbook's date system
// together (first-sync.ts); reads then sync once per budget-sized block; writes are queued and sent in full
// batches of ≤ 4 MB (write-queue.ts) when the queue fills and at flush().
import type { Block, ColumnBlock, Grid, Rect, ScatterChartSpec, SheetLayout } from "../../grid/types";
import { asRowBlock } from "../../grid/block";
import { tableNameProblem } from "../../grid/table-name";
import { blockColumnWidths, type Host, type SheetInfo, SheetNotFoundError, SheetProtectedError } from "../host";
import { type ApiSupport, officeApiSupport } from "./api-support";
import { blockWrites } from "./block-writes";
import { SheetCatalogue, type SheetEntry } from "./catalogue";
import { queueScatterChart } from "./chart";
import { queueColumnWidths, queueLayout } from "./layout";
import { firstSync } from "./first-sync";
import { PAYLOAD_BUDGET } from "./payload";
import { readGrid, type TableInfo } from "./read-grid";
import { SettingsStore } from "./settings-store";
import type { SheetExtent } from "./sheet-extent";
import { type PendingWrite, WriteQueue } from "./write-queue";

export interface OfficeHostOptions {
  /** Which ExcelApi sets are available; default: Office.context.requirements. */
  supports?: ApiSupport;
  /** Bytes a sync may carry each way, request or response (default 4 MB, under Excel on the web's 5 MB limit). */
  budgetBytes?: number;
}

const SMALL_WRITE = 400;

export class OfficeHost implements Host {
  private catalogue?: SheetCatalogue;
  /** The active sheet's extent from the first sync, until a write could make it stale. */
  private prefetched?: { sheet: string; extent: SheetExtent };
  private readonly queue: WriteQueue;
  private readonly settings: SettingsStore;
  private readonly supports: ApiSupport;
  private readonly readBudget: number;
  private readonly tables = new Map<string, TableInfo[]>();
  /** The workbook uses the 1904 date system (learned in the first sync; every grid read says so). */
  private date1904 = false;
  private screenSuspended = false;

  constructor(private readonly ctx: Excel.RequestContext, options: OfficeHostOptions = {}) {
    this.supports = options.supports ?? officeApiSupport();
    this.readBudget = options.budgetBytes ?? PAYLOAD_BUDGET;
    this.queue = new WriteQueue(() => ctx.sync(), () => this.suspendForWrites(), this.readBudget);
    this.settings = new SettingsStore(ctx);
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
    await this.enqueue({ bytes: SMALL_WRITE, enqueue: () => this.ctx.workbook.worksheets.getItem(entry.name).activate() });
  }

  /** Shows a cell to the user (the pane's "go to cell" for an issue). @throws SheetNotFoundError */
  async selectCell(sheet: string, a1: string): Promise<void> {
    const entry = await this.existing(sheet);
    await this.enqueue({
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
    const same = this.prefetched?.sheet.toLowerCase() === entry.name.toLowerCase();
    const extent = same ? this.prefetched?.extent : undefined;
    this.prefetched = undefined;
    const { grid, tables } = await readGrid(this.ctx, entry.name, this.supports, { budget: this.readBudget, extent });
    this.tables.set(entry.name.toLowerCase(), tables);
    // Range.values gives the workbook's own serials: the sheet layer moves 1904-system ones up (Grid.date1904).
    if (this.date1904) grid.date1904 = true;
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

  /** Excel misplaces values written while a filter is applied (office-js #224): a run refuses filtered data. */
  readonly writesUnderFilterUnsafe = true;

  /**
   * Appends the missing columns to the user's table, queued (no sync): the caller joins BEFORE writing the
   * block, so the columns are added over cells still empty and the header write that follows sets the names
   * of every joined column, new or already in the table (a table column's name is its header cell).
   * Why `TableColumnCollection.add(null, null, name)` and not `Table.resize`: add appending at the end (index
   * null) with a name is ExcelApi 1.4 (learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#add),
   * inside the manifest's 1.7 (api-support.ts), while resize needs 1.13, which Excel 2016 and 2019 lack; add
   * needs no range address and no header already written, and it rides in the write batch (no extra sync).
   * @throws SheetNotFoundError, SheetProtectedError, Error when the table was not seen by readUsedGrid
   */
  async joinTable(sheet: string, table: string, columns: { col: number; names: string[] }): Promise<void> {
    const entry = await this.writable(sheet);
    const known = this.tables.get(entry.name.toLowerCase())?.find((t) => t.name.toLowerCase() === table.toLowerCase());
    if (!known) throw new Error(`Sheet "${entry.name}" has no table "${table}" (read the sheet first).`);
    const { rect } = known;
    if (columns.col <= rect.col || columns.col > rect.col + rect.cols) {
      throw new Error(`Columns from ${columns.col} do not touch table "${known.name}".`);
    }
    const firstMissing = rect.col + rect.cols - columns.col;
    const added = columns.names.slice(Math.max(0, firstMissing));
    if (added.length === 0) return;
    known.rect = { ...rect, cols: rect.cols + added.length };
    await this.enqueue({
      bytes: SMALL_WRITE * added.length + added.join("").length,
      enqueue: () => {
        const list = this.ctx.workbook.worksheets.getItem(entry.name).tables.getItem(known.name).columns;
        // null, null: at the end, empty (the block write fills it); the typings allow only undefined there.
        const add = list as unknown as { add(index: null, values: null, name: string): unknown };
        for (const name of added) add.add(null, null, name);
      },
    });
  }

  /** Existing sheets are deleted and re-added at the same place: that empties contents, formats, charts and layout in one queued step. @throws SheetProtectedError */
  async ensureSheet(name: string): Promise<void> {
    const cat = await this.sheets();
    const old = cat.find(name);
    if (old?.protected) throw new SheetProtectedError(old.name);
    const entry = cat.replace(old?.name ?? name);
    await this.enqueue({
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
    await this.enqueue({ bytes: SMALL_WRITE, enqueue: () => this.ctx.workbook.worksheets.getItem(old.name).delete() });
  }

  /** @throws SheetNotFoundError, SheetProtectedError */
  async writeBlock(block: Block | ColumnBlock): Promise<void> {
    const entry = await this.writable(block.sheet);
    const widths = blockColumnWidths(block);
    // Excel takes a range's values as rows.
    const rows = asRowBlock(block);
    for (const write of blockWrites(this.ctx, { ...rows, sheet: entry.name }, this.queue.budgetBytes)) await this.enqueue(write);
    // One call per run of equal widths, in the write batch (no sync of its own).
    if (widths.length) {
      await this.enqueue({
        bytes: SMALL_WRITE,
        enqueue: () => queueColumnWidths(this.ctx.workbook.worksheets.getItem(entry.name), widths),
      });
    }
  }

  /** @throws SheetNotFoundError, SheetProtectedError */
  async clearRange(sheet: string, rect: Rect): Promise<void> {
    const entry = await this.writable(sheet);
    if (rect.rows < 1 || rect.cols < 1) return;
    await this.enqueue({
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
    for (const { name } of layout.tables ?? []) {
      const problem = tableNameProblem(name);
      if (problem) throw new TypeError(`table name "${name}": ${problem}`);
    }
    const lists = (layout.validations ?? []).reduce((n, v) => n + v.list.join(",").length, 0);
    await this.enqueue({
      bytes: SMALL_WRITE * (4 + (layout.validations?.length ?? 0) + (layout.tables?.length ?? 0)) + lists,
      enqueue: () => queueLayout(this.ctx.workbook.worksheets.getItem(entry.name), layout, this.supports),
    });
  }

  /** @throws SheetNotFoundError, SheetProtectedError */
  async addScatterChart(spec: ScatterChartSpec): Promise<void> {
    const entry = await this.writable(spec.sheet);
    for (const s of spec.series) for (const ref of [s.x, s.y]) await this.existing(ref.sheet);
    await this.enqueue({
      bytes: SMALL_WRITE * (2 + spec.series.length),
      enqueue: () => queueScatterChart(this.ctx, { ...spec, sheet: entry.name }),
    });
  }

  /** Talenta's record: no sync when the workbook has none (its ids came with the sheet list), else one. */
  async readSettings(): Promise<string | undefined> {
    await this.sheets();
    return this.settings.read();
  }

  /** Replaces Talenta's part (queued; sent with the next batch, no sync of its own). */
  async writeSettings(text: string): Promise<void> {
    await this.sheets();
    await this.enqueue(this.settings.write(text));
  }

  async flush(): Promise<void> {
    await this.queue.flush();
  }

  private async sheets(): Promise<SheetCatalogue> {
    if (!this.catalogue) {
      await this.queue.flush();
      const first = await firstSync(this.ctx, this.supports, this.settings);
      this.catalogue = first.catalogue;
      this.date1904 = first.date1904;
      this.prefetched = { sheet: first.catalogue.activeSheet, extent: first.activeExtent };
    }
    return this.catalogue;
  }

  /** Every write goes through here: once anything may change a sheet, the prefetched extent is not trusted. */
  private async enqueue(write: PendingWrite): Promise<void> {
    this.prefetched = undefined;
    await this.queue.add(write);
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
