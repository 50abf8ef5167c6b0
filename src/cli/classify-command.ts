// `talenta classify`: one workbook in, one workbook out (never the input unless -o names it).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { XlsxHost } from "../hosts/xlsx/xlsx-host";
import { WorkbookReadError } from "../hosts/xlsx/errors";
import { classifyWorkbook } from "../app/classify";
import { FIELD_IDS, type FieldId } from "../domain/fields";
import { columnIndex } from "../grid/a1";
import type { CliArgs } from "./args";
import { readInput, defaultOutputPath, assertWritable, writeOutputAtomically } from "./files";
import { workbookErrorMessage, cliText } from "./messages";
import { printSummary } from "./print-summary";

export async function runClassify(args: CliArgs): Promise<number> {
  const t = cliText(args.lang);
  const err = (msg: string, code = 1): number => {
    process.stderr.write(`talenta: ${msg}\n`);
    return code;
  };
  const input = args.positionals[0];
  if (!input) return err(t.needInput, 2);
  if (!existsSync(input)) return err(t.inputMissing(input));
  const output = resolve(args.output ?? defaultOutputPath(input));
  try {
    assertWritable(output);
  } catch {
    return err(t.outputNotWritable(output));
  }

  const maps = parseMaps(args.maps);
  if (typeof maps === "string") return err(maps, 2);
  let config: unknown;
  if (args.config) {
    try {
      config = JSON.parse(readFileSync(args.config, "utf8"));
    } catch (e) {
      return err(t.configUnreadable(args.config, e instanceof Error ? e.message : String(e)));
    }
  }

  const started = Date.now();
  let host: XlsxHost;
  try {
    host = XlsxHost.open(readInput(input));
  } catch (e) {
    if (e instanceof WorkbookReadError) return err(`${input}: ${workbookErrorMessage(e, args.lang)}`);
    throw e;
  }
  // A progress line only for a person watching a terminal; logs and pipes get the summary alone.
  const showProgress = !args.quiet && process.stderr.isTTY === true;
  const progress = (step: string): void => {
    if (showProgress) process.stderr.write(`\r${t.progress(step, Date.now() - started)}   `);
  };
  const outcome = await classifyWorkbook(host, {
    sheet: args.sheet,
    presetId: args.preset,
    config,
    overrides: maps.byColumn,
    mapByHeader: maps.byHeader,
    lang: args.lang,
    onProgress: progress,
  });
  if (showProgress) process.stderr.write("\r" + " ".repeat(60) + "\r");
  if (!outcome.ok) return err(outcome.error.message);

  try {
    writeOutputAtomically(output, host.save());
  } catch (e) {
    return err(t.outputNotWritable(output) + (e instanceof Error ? ` (${e.message})` : ""));
  }
  if (!args.quiet) printSummary(outcome.summary, output, Date.now() - started, args.lang);
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
