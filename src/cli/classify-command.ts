// `talenta classify`: one workbook in, one workbook out (never the input unless -o names it).
import { readFileSync } from "node:fs";
import { classifyWorkbook } from "../app/classify";
import { FIELD_IDS, type FieldId } from "../domain/fields";
import { columnIndex } from "../grid/a1";
import type { CliArgs } from "./args";
import { cliText } from "./messages";
import { fail, openForEdit, saveEdited } from "./workbook-io";
import { printSummary } from "./print-summary";

export async function runClassify(args: CliArgs): Promise<number> {
  const t = cliText(args.lang);
  // Arguments first: a typo in --map or --config is reported before the workbook is read.
  const maps = parseMaps(args.maps);
  if (typeof maps === "string") return fail(maps, 2);
  let config: unknown;
  if (args.config) {
    try {
      config = JSON.parse(readFileSync(args.config, "utf8"));
    } catch (e) {
      return fail(t.configUnreadable(args.config, e instanceof Error ? e.message : String(e)));
    }
  }

  const started = Date.now();
  const opened = openForEdit(args, t.needInput);
  if (typeof opened === "number") return opened;
  // A progress line only for a person watching a terminal; logs and pipes get the summary alone.
  const showProgress = !args.quiet && process.stderr.isTTY === true;
  const progress = (step: string): void => {
    if (showProgress) process.stderr.write(`\r${t.progress(step, Date.now() - started)}   `);
  };
  const outcome = await classifyWorkbook(opened.host, {
    sheet: args.sheet,
    presetId: args.preset,
    config,
    overrides: maps.byColumn,
    mapByHeader: maps.byHeader,
    lang: args.lang,
    onProgress: progress,
  });
  if (showProgress) process.stderr.write("\r" + " ".repeat(60) + "\r");
  if (!outcome.ok) return fail(outcome.error.message);

  const saved = await saveEdited(opened.host, opened.output, args.lang);
  if (saved !== 0) return saved;
  if (!args.quiet) printSummary(outcome.summary, opened.output, Date.now() - started, args.lang);
  return 0;
}

interface Maps {
  byColumn: Partial<Record<FieldId, number | null>>;
  byHeader: Partial<Record<FieldId, string>>;
}

/** `field=L` (column letter), `field=Header text`, `field=none`. */
function parseMaps(maps: string[]): Maps | string {
  const out: Maps = { byColumn: {}, byHeader: {} };
  for (const m of maps) {
    const eq = m.indexOf("=");
    const field = (eq > 0 ? m.slice(0, eq) : m).trim() as FieldId;
    const target = eq > 0 ? m.slice(eq + 1).trim() : "";
    if (!FIELD_IDS.includes(field)) return `--map ${m}: unknown field "${field}" (${FIELD_IDS.join(", ")})`;
    if (!target) return `--map ${m}: give a column letter, a header text, or none`;
    if (/^none$/i.test(target)) out.byColumn[field] = null;
    else if (/^[A-Z]{1,3}$/.test(target)) out.byColumn[field] = columnIndex(target);
    else out.byHeader[field] = target;
  }
  return out;
}
