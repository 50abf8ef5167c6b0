// Front door: read grid → detect table → settle configuration → classify → build blocks → write.
import type { Host } from "../hosts/host";
import { classifyTable } from "../domain/classify";
import { APP_VERSION } from "./version";
import { serializeRecord, RECORD_VERSION, type TalentaRecord } from "./record";
import { prepareRun } from "./prepare";
import { buildOutputs } from "./outputs";
import { writeOutputs } from "./write-outputs";
import { runErrorMessage } from "./messages";
import { filterRefusal } from "./filter-guard";
import { tableJoin } from "./table-join";
import { summarize } from "./summary";
import { blockHeight } from "../grid/block";
import { planRunSuccession, summarizeSuccession } from "./succession";
import { readJabatanTargetSheet } from "./targets";
import type { SuccessionData } from "../report/succession-input";
import type { ClassifyOutcome, ClassifyRequest } from "./types";

/**
 * Classifies one sheet of the workbook behind `host` and writes Talenta's columns and sheets.
 * Bad data never throws: it becomes issues in the summary, or `{ ok: false }` when the run cannot start.
 * @throws errors of the host (a broken environment or file), never for bad data.
 */
export async function classifyWorkbook(host: Host, request: ClassifyRequest = {}): Promise<ClassifyOutcome> {
  const step = request.onProgress ?? (() => {});
  step("read");
  const prepared = await prepareRun(host, request);
  if (!prepared.ok) return prepared;
  const run = prepared.run;
  if (run.sheet.protected) {
    return { ok: false, error: { code: "sheet-protected", message: runErrorMessage("sheet-protected", run.lang, { sheet: run.sheet.name }) } };
  }
  // Issue 3: Excel misplaces writes under a filter; filtered rows are data (RULES §6), so the run stops here.
  const refusal = filterRefusal(host, run.grid, run.table, run.lang);
  if (refusal) return { ok: false, error: refusal };

  // RULES §8: the key positions, when the workbook lists them (one more read, only then).
  const targets = await readJabatanTargetSheet(host, run.sheets);

  step("classify");
  const classification = classifyTable(run.table, run.config);
  const { people, plan } = planRunSuccession(run.table, classification, run.config, targets?.read.positions ?? [], run.now);
  const succession: SuccessionData = { plan, people };
  if (targets) succession.targets = { sheet: targets.sheet, sheetRows: targets.read.sheetRows, issues: targets.read.issues };

  step("report");
  const reportInput = {
    table: run.table,
    classification,
    config: run.config,
    lang: run.lang,
    grid: run.grid,
    run: {
      at: run.now,
      sourceSheet: run.sheet.name,
      presetId: run.config.preset,
      presetReason: run.presetReason,
      rulesVersion: run.config.rulesVersion,
      appVersion: APP_VERSION,
    },
  };
  const outputs = buildOutputs({ ...reportInput, succession });

  step("write");
  const block = outputs.resultColumns;
  const record: TalentaRecord = {
    talenta: RECORD_VERSION,
    runAt: run.now.toISOString(),
    appVersion: APP_VERSION,
    resultColumns: {
      sheet: run.sheet.name,
      headerRow: block.row,
      firstCol: block.col,
      headers: block.head[0].map((v) => String(v ?? "")),
      lastRow: block.row + blockHeight(block) - 1,
    },
    ownedSheets: outputs.sheets.map((s) => s.name),
    config: run.config,
  };
  const join = tableJoin(run.grid, block, run.previous);
  await writeOutputs(host, outputs, run.previous, run.record, serializeRecord(record), run.sheets.map((s) => s.name), join);
  step("done");
  const summary = summarize(run, classification, outputs.sheets.map((s) => s.name), block);
  summary.succession = summarizeSuccession({ ...reportInput, succession }, outputs.suksesiBlockRows);
  return { ok: true, summary };
}
