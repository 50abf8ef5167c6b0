// What the task pane shows before anything is written: the detected mapping, the preset and the box counts.
import type { Host } from "../hosts/host";
import { classifyTable } from "../domain/classify";
import { prepareRun } from "./prepare";
import { summarize } from "./summary";
import { filterRefusal } from "./filter-guard";
import type { ClassifyRequest, ClassifyOutcome } from "./types";

/** Runs everything but the write. @throws host errors only. */
export async function previewClassification(host: Host, request: ClassifyRequest = {}): Promise<ClassifyOutcome> {
  const prepared = await prepareRun(host, request);
  if (!prepared.ok) return prepared;
  const { run } = prepared;
  const classification = classifyTable(run.table, run.config);
  const summary = summarize(run, classification, []);
  // Said before the user clicks Klasifikasi, which would stop on it (issue 3: a filtered table).
  const blocked = filterRefusal(host, run.grid, run.table, run.lang);
  return { ok: true, summary: blocked ? { ...summary, blocked } : summary };
}
