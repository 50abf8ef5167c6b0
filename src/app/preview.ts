// What the task pane shows before anything is written: the detected mapping, the preset and the box counts.
import type { Host } from "../hosts/host";
import { classifyTable } from "../domain/classify";
import { prepareRun } from "./prepare";
import { summarize } from "./summary";
import type { ClassifyRequest, ClassifyOutcome } from "./types";

/** Runs everything but the write. @throws host errors only. */
export async function previewClassification(host: Host, request: ClassifyRequest = {}): Promise<ClassifyOutcome> {
  const prepared = await prepareRun(host, request);
  if (!prepared.ok) return prepared;
  const classification = classifyTable(prepared.run.table, prepared.run.config);
  return { ok: true, summary: summarize(prepared.run, classification, []) };
}
