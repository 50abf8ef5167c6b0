// The part every use case shares: read once, find the table, settle the configuration. Nothing is written.
import type { Host, SheetInfo } from "../hosts/host";
import type { Grid } from "../grid/types";
import { columnLetters } from "../grid/a1";
import type { TalentaConfig } from "../domain/config";
import { parseConfig, defaultConfig } from "../domain/config";
import { choosePreset, missingFields, PRESET_IDS, type PresetId } from "../domain/presets";
import { SHEET_NAMES } from "../domain/glossary";
import type { FieldId } from "../domain/fields";
import type { TalentaTable } from "../domain/table";
import { detectTable, hasTalentaHeader, type Detection } from "../sheet";
import { isJabatanTargetSheetName } from "../sheet/jabatan-target";
import { parseRecord, type TalentaRecord } from "./record";
import { runErrorMessage, presetReasonText } from "./messages";
import { previousResultColumns, type PreviousColumns } from "./owned-columns";
import type { ClassifyRequest, Lang, RunError, RunErrorCode } from "./types";


export interface PreparedRun {
  lang: Lang;
  now: Date;
  sheets: SheetInfo[];
  record: TalentaRecord | undefined;
  sheet: SheetInfo;
  grid: Grid;
  previous: PreviousColumns | undefined;
  table: TalentaTable;
  detection: Detection;
  config: TalentaConfig;
  presetReason: string;
}

export type PrepareOutcome = { ok: true; run: PreparedRun } | { ok: false; error: RunError };

/** @throws host errors only (a broken environment or file). */
export async function prepareRun(host: Host, request: ClassifyRequest): Promise<PrepareOutcome> {
  const lang: Lang = request.lang ?? "id";
  const fail = (code: RunErrorCode, data?: Record<string, unknown>): PrepareOutcome => ({
    ok: false,
    error: { code, message: runErrorMessage(code, lang, data), data },
  });

  const sheets = await host.listSheets();
  const record = parseRecord(await host.readSettings());
  const owned = new Set<string>([...Object.values(SHEET_NAMES), ...(record?.ownedSheets ?? [])]);
  // The sheet the last run classified, while it still exists: renamed since, the data sheet is looked for afresh
  // (the record's name is Talenta's memory, not the user's request, and never a reason to refuse).
  const lastSheet = record?.resultColumns?.sheet;
  const remembered = lastSheet !== undefined && sheets.some((s) => s.name === lastSheet) ? lastSheet : undefined;
  const chosen = await chooseSheet(host, sheets, owned, request.sheet ?? remembered);
  const sheet = sheets.find((s) => s.name === chosen?.name);
  if (!chosen || !sheet) {
    return fail("sheet-not-found", { sheet: request.sheet ?? "", available: sheets.filter((s) => !owned.has(s.name)).map((s) => s.name) });
  }
  const grid = chosen.grid ?? (await host.readUsedGrid(sheet.name));

  const previous = previousResultColumns(grid, record, sheet.name);
  const requested = resolveConfig(request, record);
  if (!requested.ok) return fail("invalid-config", { issues: requested.issues });
  const explicit = requestMapping(grid, request);
  if (!explicit.ok) return fail(explicit.code, { ...explicit.data, sheet: sheet.name });
  const overrides = {
    ...savedMapping(headerOverrides(grid, requested.config?.mapping), explicit.overrides),
    ...explicit.overrides,
  };
  const detected = detectTable(grid, { overrides, excludeColumns: previous?.columns });
  if (!detected.ok) return fail(detected.code, { sheet: sheet.name, lookedFor: detected.lookedFor });
  const { table, detection } = detected;

  const available = new Set<FieldId>(table.columns.map((c) => c.field));
  let config: TalentaConfig;
  let presetReason: string;
  if (requested.config) {
    config = requested.config;
    const missing = missingFields(config, available);
    if (missing.length > 0) return fail("preset-inputs-missing", { preset: config.preset, missing, columns: detection.columns, headerRows: detection.headerRows });
    presetReason = presetReasonText({ kind: requested.source }, lang);
  } else {
    const choice = choosePreset(available);
    if (!choice.ok) return fail("preset-inputs-missing", { preset: "auto", candidates: choice.missing, columns: detection.columns, headerRows: detection.headerRows });
    config = defaultConfig(choice.presetId);
    presetReason = presetReasonText({ kind: "auto", presetId: choice.presetId, skipped: choice.skipped }, lang);
  }
  return {
    ok: true,
    run: { lang, now: request.now ?? new Date(), sheets, record, sheet, grid, previous, table, detection, config, presetReason },
  };
}

type ConfigSource = "request" | "preset" | "saved";

function resolveConfig(
  request: ClassifyRequest,
  record: TalentaRecord | undefined,
): { ok: true; config?: TalentaConfig; source: ConfigSource } | { ok: false; issues: unknown } {
  if (request.config !== undefined) {
    const parsed = parseConfig(request.config);
    return parsed.ok ? { ok: true, config: parsed.config, source: "request" } : { ok: false, issues: parsed.issues };
  }
  if (request.presetId) {
    if (!PRESET_IDS.includes(request.presetId as PresetId)) {
      return { ok: false, issues: [{ path: ["preset"], message: `unknown preset "${request.presetId}" (${PRESET_IDS.join(", ")})` }] };
    }
    const parsed = parseConfig(defaultConfig(request.presetId as PresetId));
    return parsed.ok ? { ok: true, config: parsed.config, source: "preset" } : { ok: false, issues: parsed.issues };
  }
  if (record?.config !== undefined) {
    const parsed = parseConfig(record.config);
    if (parsed.ok) return { ok: true, config: parsed.config, source: "saved" };
  }
  return { ok: true, source: "preset" };
}

type Overrides = Partial<Record<FieldId, number | null>>;

/**
 * The request's own mapping (`--map`, the pane's choices): by column, and by header text looked up on the sheet.
 * An explicit instruction is never dropped: a header text not on the sheet, a column that holds nothing, or two
 * fields on one column (the detector would keep only the last), fails the run naming them. Letters that name an
 * empty column but are the text of a header (`--map jpm=JPM`, a sheet with a "JPM" column) mean that header.
 */
function requestMapping(
  grid: Grid,
  request: ClassifyRequest,
): { ok: true; overrides: Overrides } | { ok: false; code: RunErrorCode; data: Record<string, unknown> } {
  const overrides: Overrides = {};
  for (const [field, header] of Object.entries(request.mapByHeader ?? {}) as [FieldId, string | undefined][]) {
    if (header === undefined) continue;
    const col = findHeaderColumn(grid, header);
    if (col === undefined) return { ok: false, code: "map-header-not-found", data: { field, header } };
    overrides[field] = col;
  }
  for (const [field, col] of Object.entries(request.overrides ?? {}) as [FieldId, number | null | undefined][]) {
    if (typeof col !== "number" || !isEmptyColumn(grid, col)) {
      overrides[field] = col;
      continue;
    }
    const header = findHeaderColumn(grid, columnLetters(col));
    if (header === undefined) return { ok: false, code: "map-column-empty", data: { field, column: columnLetters(col) } };
    overrides[field] = header;
  }
  const byColumn = new Map<number, FieldId>();
  for (const [field, col] of Object.entries(overrides) as [FieldId, number | null | undefined][]) {
    if (typeof col !== "number") continue;
    const other = byColumn.get(col);
    if (other !== undefined) return { ok: false, code: "map-same-column", data: { fields: [other, field], column: columnLetters(col) } };
    byColumn.set(col, field);
  }
  return { ok: true, overrides };
}

/** A saved configuration's mapping, less the fields and columns the request maps itself (the request wins). */
function savedMapping(saved: Overrides, explicit: Overrides): Overrides {
  const taken = new Set(Object.values(explicit).filter((c): c is number => typeof c === "number"));
  return Object.fromEntries(Object.entries(saved).filter(([field, col]) => !(field in explicit) && !taken.has(col as number)));
}

/** Overrides that name columns by header text (saved mappings survive inserted columns; a header gone is skipped). */
function headerOverrides(grid: Grid, mapping: Partial<Record<FieldId, string>> | undefined): Partial<Record<FieldId, number>> {
  const out: Partial<Record<FieldId, number>> = {};
  if (!mapping) return out;
  for (const [field, header] of Object.entries(mapping) as [FieldId, string][]) {
    const col = findHeaderColumn(grid, header);
    if (col !== undefined) out[field] = col;
  }
  return out;
}

/** A header cell in the first 40 rows equal to the text, ignoring letter case and how spaces and line breaks run. */
/** No cell of sheet column `col` holds anything (it may lie outside the used range). */
function isEmptyColumn(grid: Grid, col: number): boolean {
  const c = col - grid.origin.col;
  if (c < 0 || c >= (grid.values[0]?.length ?? 0)) return true;
  for (const row of grid.values) if (row[c] !== null && row[c] !== "") return false;
  return true;
}

function findHeaderColumn(grid: Grid, header: string): number | undefined {
  const wanted = normalHeader(header);
  const rows = Math.min(grid.values.length, 40);
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && normalHeader(v) === wanted) return grid.origin.col + c;
    }
  }
  return undefined;
}

function normalHeader(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The requested sheet, else the first sheet that is neither Talenta's nor the key-position list and has a header.
 * Returns the grid it already read, so the chosen sheet is read once.
 */
async function chooseSheet(
  host: Host,
  sheets: SheetInfo[],
  owned: Set<string>,
  wanted?: string,
): Promise<{ name: string; grid?: Grid } | undefined> {
  if (wanted) {
    // Excel's sheet names ignore letter case (it refuses "data" beside "Data"): the exact name first, then any case.
    const found = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    return found ? { name: found.name } : undefined;
  }
  const candidates = sheets.filter((s) => !owned.has(s.name) && !isJabatanTargetSheetName(s.name));
  let first: Grid | undefined;
  for (const s of candidates.filter((c) => c.visibility === "visible")) {
    const grid = await host.readUsedGrid(s.name);
    if (hasTalentaHeader(grid)) return { name: s.name, grid };
    if (s === candidates[0]) first = grid;
  }
  // No header anywhere: the first candidate, with its grid when the loop already read it (a read is a round trip).
  return candidates[0] ? { name: candidates[0].name, grid: first } : undefined;
}
