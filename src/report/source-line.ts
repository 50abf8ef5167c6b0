// The second line of every owned sheet: where the data came from, with which preset, and when.
import type { Lang } from "../domain/glossary";
import { phrase } from "./report-labels";
import { presetName } from "./terms";
import { readableDateTime } from "./text-format";
import type { ReportInput } from "./types";

/** `Sumber: Lembar "Data" [+ "Jabatan Target"] [· Preset: …] · Dibuat: …`. */
export function sourceLine(run: ReportInput["run"], lang: Lang, opts: { preset: boolean; alsoSheet?: string }): string {
  const sheets = `${phrase("sheet", lang)} "${run.sourceSheet}"${opts.alsoSheet !== undefined ? ` + "${opts.alsoSheet}"` : ""}`;
  const preset = opts.preset ? ` · ${phrase("preset", lang)}: ${presetName(run.presetId, lang)}` : "";
  return `${phrase("source", lang)}: ${sheets}${preset} · ${phrase("createdAt", lang)}: ${readableDateTime(run.at, lang)}`;
}
