// Front door: read grid → detect table → choose configuration → classify → build blocks → write.
import type { Host } from "../hosts/host";
import type { Grid } from "../grid/types";
import type { TalentaConfig } from "../domain/config";
import { parseConfig, defaultConfig } from "../domain/config";
import { choosePreset, missingFields } from "../domain/presets";
import { classifyTable, kotakCounts } from "../domain/classify";
import { poolOf } from "../domain/ninebox";
import { RESULT_COLUMNS, SHEET_NAMES } from "../domain/glossary";
import { detectTable } from "../sheet/detect-table";
import type { FieldId } from "../domain/fields";
import { APP_VERSION } from "./version";
import { parseRecord, serializeRecord, RECORD_VERSION, type TalentaRecord } from "./record";
import { runErrorMessage, presetReasonText } from "./messages";
import { previousResultColumns } from "./owned-columns";
import { buildOutputs } from "./outputs";
import { writeOutputs } from "./write-outputs";
import type { ClassifyOutcome, ClassifyRequest, RunError, RunErrorCode, RunSummary, Lang } from "./types";

/**
 * Classifies one sheet of the workbook behind `host` and writes Talenta's columns and sheets.
 * Bad data never throws: it becomes issues in the summary, or `{ ok: false }` when the run cannot start.
 * @throws errors of the host (a broken environment or file), never for bad data.
 */
export async function classifyWorkbook(host: Host, request: ClassifyRequest = {}): Promise<ClassifyOutcome> {
  const lang: Lang = request.lang ?? "id";
  const now = request.now ?? new Date();
  const fail = (code: RunErrorCode, data?: Record<string, unknown>): ClassifyOutcome => ({
    ok: false,
    error: { code, message: runErrorMessage(code, lang, data), data } satisfies RunError,
  });
  const step = request.onProgress ?? (() => {});

  step("read");
  const sheets = await host.listSheets();
  const record = parseRecord(await host.readSettings());
  const owned = new Set<string>([...Object.values(SHEET_NAMES), ...(record?.ownedSheets ?? [])]);
  const chosen = await chooseSheet(host, sheets.map((s) => s.name), owned, request.sheet ?? record?.resultColumns?.sheet);
  const sheetInfo = sheets.find((s) => s.name === chosen?.name);
  if (!chosen || !sheetInfo) return fail("sheet-not-found", { sheet: request.sheet ?? "" });
  const sheetName = chosen.name;
  const grid = chosen.grid ?? (await host.readUsedGrid(sheetName));

  step("detect");
  const previous = previousResultColumns(grid, record, sheetName);
  const configResult = resolveConfig(request, record);
  if (!configResult.ok) return fail("invalid-config", { issues: configResult.issues });
  const overrides = {
    ...headerOverrides(grid, configResult.config?.mapping),
    ...headerOverrides(grid, request.mapByHeader),
    ...request.overrides,
  };
  const detected = detectTable(grid, { overrides, excludeColumns: previous?.columns });
  if (!detected.ok) return fail(detected.code, { sheet: sheetName, lookedFor: detected.lookedFor });
  const { table, detection } = detected;

  const available = new Set<FieldId>(table.columns.map((c) => c.field));
  let config: TalentaConfig;
  let presetReason: string;
  if (configResult.config) {
    config = configResult.config;
    const missing = missingFields(config, available);
    if (missing.length > 0) return fail("preset-inputs-missing", { preset: config.preset, missing });
    presetReason = presetReasonText({ kind: configResult.source }, lang);
  } else {
    const choice = choosePreset(available);
    if (!choice.ok) return fail("preset-inputs-missing", { preset: "auto", candidates: choice.missing });
    config = defaultConfig(choice.presetId);
    presetReason = presetReasonText({ kind: "auto", presetId: choice.presetId, skipped: choice.skipped }, lang);
  }
  if (sheetInfo.protected) return fail("sheet-protected", { sheet: sheetName });

  step("classify");
  const classification = classifyTable(table, config);

  step("report");
  const outputs = buildOutputs({
    table,
    classification,
    config,
    lang,
    run: { at: now, sourceSheet: sheetName, presetId: config.preset, presetReason, rulesVersion: config.rulesVersion, appVersion: APP_VERSION },
    grid,
  });

  step("write");
  const newRecord: TalentaRecord = {
    talenta: RECORD_VERSION,
    runAt: now.toISOString(),
    appVersion: APP_VERSION,
    resultColumns: {
      sheet: sheetName,
      headerRow: outputs.resultColumns.row,
      firstCol: outputs.resultColumns.col,
      headers: outputs.resultColumns.values[0].map(String),
      lastRow: outputs.resultColumns.row + outputs.resultColumns.values.length - 1,
    },
    ownedSheets: outputs.sheets.map((s) => s.name),
    config,
  };
  await writeOutputs(host, outputs, previous, record, serializeRecord(newRecord), sheets.map((s) => s.name));
  step("done");

  const counts = kotakCounts(classification);
  const kotak = classification.kotak;
  let poolInstansi = 0;
  let poolNasional = 0;
  for (let i = 0; i < kotak.length; i++) {
    const pool = poolOf(kotak[i] as 0, config);
    if (pool) poolInstansi++;
    if (pool === "nasional") poolNasional++;
  }
  const rows = kotak.length;
  const classified = rows - counts[0];
  const flaggedRows = new Set(classification.issues.filter((i) => i.severity === "warning").map((i) => i.row));
  const summary: RunSummary = {
    sheet: sheetName,
    headerRows: detection.headerRows,
    firstDataRow: detection.firstDataRow,
    lastDataRow: detection.lastDataRow,
    columns: detection.columns.map((c) => ({ col: c.col, header: c.header, field: c.field, via: c.via })),
    presetId: config.preset,
    presetReason,
    rows,
    classified,
    notClassified: counts[0],
    flagged: flaggedRows.size,
    kotakCounts: Array.from(counts),
    poolInstansi,
    poolNasional,
    issues: classification.issues,
    sheetsWritten: outputs.sheets.map((s) => s.name),
    resultColumns: { first: outputs.resultColumns.col, last: outputs.resultColumns.col + RESULT_COLUMNS.length - 1 },
  };
  return { ok: true, summary };
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
    const parsed = parseConfig(defaultConfig(request.presetId as TalentaConfig["preset"]));
    return parsed.ok ? { ok: true, config: parsed.config, source: "preset" } : { ok: false, issues: parsed.issues };
  }
  if (record?.config !== undefined) {
    const parsed = parseConfig(record.config);
    if (parsed.ok) return { ok: true, config: parsed.config, source: "saved" };
  }
  return { ok: true, source: "preset" };
}

/** Overrides that name columns by header text (saved mappings survive inserted columns). */
function headerOverrides(grid: Grid, mapping: Partial<Record<FieldId, string>> | undefined): Partial<Record<FieldId, number>> {
  const out: Partial<Record<FieldId, number>> = {};
  if (!mapping) return out;
  for (const [field, header] of Object.entries(mapping) as [FieldId, string][]) {
    const col = findHeaderColumn(grid, header);
    if (col !== undefined) out[field] = col;
  }
  return out;
}

function findHeaderColumn(grid: Grid, header: string): number | undefined {
  const wanted = header.trim().toLowerCase();
  const rows = Math.min(grid.values.length, 40);
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && v.trim().toLowerCase() === wanted) return grid.origin.col + c;
    }
  }
  return undefined;
}

/**
 * The requested sheet, else the first sheet that is neither Talenta's nor the key-position list and has a header.
 * Returns the grid it already read, so the chosen sheet is read once.
 */
async function chooseSheet(
  host: Host,
  names: string[],
  owned: Set<string>,
  wanted?: string,
): Promise<{ name: string; grid?: Grid } | undefined> {
  if (wanted) return names.includes(wanted) ? { name: wanted } : undefined;
  for (const name of names) {
    if (owned.has(name) || name === JABATAN_TARGET_SHEET) continue;
    const grid = await host.readUsedGrid(name);
    if (detectTable(grid).ok) return { name, grid };
  }
  const first = names.find((n) => !owned.has(n));
  return first === undefined ? undefined : { name: first };
}

export const JABATAN_TARGET_SHEET = "Jabatan Target";
