// What the ribbon's Klasifikasi leaves for the task pane. A ribbon function has no window of its own: on success
// Excel shows the Kotak 9 sheet it wrote; on failure it opens the pane, which says what happened. The record goes
// through the browser storage both share (same origin), as text; the pane takes it once, while it is news.
import { z } from "zod";
import { runErrorMessage } from "./messages";
import type { Lang, RunError, RunErrorCode } from "./types";

export type RibbonRun =
  | { at: string; sheet?: string; ok: true; rows: number; classified: number; notClassified: number; flagged: number }
  | { at: string; sheet?: string; ok: false; error: RunError }
  | { at: string; sheet?: string; ok: false; crash: string };

/** The storage key (kept from the first versions, so a record written by one is still read). */
export const RIBBON_RUN_KEY = "talenta.lastCommand";

/** A pane opened later than this after the ribbon run does not report it: it is no longer what the user just did. */
export const RIBBON_RUN_FRESH_MS = 10 * 60_000;

const count = z.number().int().nonnegative();
const STORED = z.union([
  z.object({ at: z.string(), sheet: z.string().optional(), ok: z.literal(true), rows: count, classified: count, notClassified: count, flagged: count }),
  z.object({
    at: z.string(),
    sheet: z.string().optional(),
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string(), data: z.record(z.string(), z.unknown()).optional() }),
  }),
  z.object({ at: z.string(), sheet: z.string().optional(), ok: z.literal(false), crash: z.string() }),
]);

export function encodeRibbonRun(run: RibbonRun): string {
  return JSON.stringify(run);
}

/** The stored run when it is well formed and recent (at most RIBBON_RUN_FRESH_MS old, not from the future). */
export function decodeRibbonRun(text: string | null | undefined, now: Date): RibbonRun | undefined {
  if (!text) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = STORED.safeParse(json);
  if (!parsed.success) return undefined;
  const age = now.getTime() - Date.parse(parsed.data.at);
  // A minute of leeway for clocks read in two processes.
  if (!(age <= RIBBON_RUN_FRESH_MS && age >= -60_000)) return undefined;
  return parsed.data as RibbonRun;
}

/**
 * The failure in the pane's language: a run error is worded again from its code and data (the ribbon used Office's
 * display language); a crash keeps its technical text. Undefined for a run that succeeded.
 */
export function ribbonFailureText(run: RibbonRun, lang: Lang): string | undefined {
  if (run.ok) return undefined;
  if ("crash" in run) return run.crash;
  const code = run.error.code as RunErrorCode;
  try {
    return runErrorMessage(code, lang, run.error.data);
  } catch {
    return run.error.message;
  }
}
