// The ribbon's "Klasifikasi": classify the active sheet with the saved configuration. A ribbon function
// has no UI of its own, so the outcome is shown by what it leaves behind: on success Excel opens the
// Talenta grid sheet it just wrote; every outcome (success, a run error, a crash) is stored as the last
// ribbon run (app/ribbon-run.ts, in localStorage), which the pane shows when it opens; on failure the pane is
// opened when the platform allows it (Office.addin.showAsTaskpane needs a shared runtime).
import type { ClassifyOutcome, ClassifyRequest, Lang } from "../app/types";
import type { RibbonRun } from "../app/ribbon-run";
import type { Host } from "../hosts/host";

export type CommandRecord = RibbonRun;

/** The Office-specific pieces, injected so the command's logic runs in tests without Office. */
export interface CommandHostApi {
  activeSheetName(): Promise<string>;
  activateSheet(sheet: string): Promise<void>;
}

export interface CommandDeps {
  run<T>(fn: (host: Host & CommandHostApi) => Promise<T>): Promise<T>;
  classify(host: Host, request: ClassifyRequest): Promise<ClassifyOutcome>;
  lang: Lang;
  now(): Date;
  /** Keeps the record for the task pane. */
  save(record: CommandRecord): void;
  /** Opens the task pane, when the platform can. */
  showPane?(): Promise<void>;
}

export async function classifyActiveSheet(deps: CommandDeps): Promise<CommandRecord> {
  const at = deps.now().toISOString();
  let sheet: string | undefined;
  let record: CommandRecord;
  try {
    record = await deps.run(async (host) => {
      sheet = await host.activeSheetName();
      const outcome = await deps.classify(host, { sheet, lang: deps.lang, now: deps.now() });
      if (!outcome.ok) return { at, sheet, ok: false as const, error: outcome.error };
      const s = outcome.summary;
      const gridSheet = s.sheetsWritten[0];
      if (gridSheet) await host.activateSheet(gridSheet);
      return { at, sheet, ok: true as const, rows: s.rows, classified: s.classified, notClassified: s.notClassified, flagged: s.flagged };
    });
  } catch (e) {
    record = { at, sheet, ok: false, crash: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  deps.save(record);
  if (!record.ok && deps.showPane) await deps.showPane().catch(() => undefined);
  return record;
}
