// What every command that edits a workbook does around its use case: check the input and output, open the
// workbook, and write the result atomically. Failures become one line on stderr and an exit code.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { WorkbookReadError } from "../hosts/xlsx/errors";
import { XlsxHost } from "../hosts/xlsx/xlsx-host";
import type { CliArgs } from "./args";
import { assertWritable, defaultOutputPath, readInput, writeOutputAtomically } from "./files";
import { cliText, workbookErrorMessage } from "./messages";

export function fail(message: string, code = 1): number {
  process.stderr.write(`talenta: ${message}\n`);
  return code;
}

/** The opened workbook and where its result goes, or the exit code of a failure already reported. */
export function openForEdit(args: CliArgs, needInput: string): { host: XlsxHost; input: string; output: string } | number {
  const t = cliText(args.lang);
  const input = args.positionals[0];
  if (!input) return fail(needInput, 2);
  if (!existsSync(input)) return fail(t.inputMissing(input));
  const output = resolve(args.output ?? defaultOutputPath(input));
  try {
    assertWritable(output);
  } catch {
    return fail(t.outputNotWritable(output));
  }
  try {
    return { host: XlsxHost.open(readInput(input)), input, output };
  } catch (e) {
    if (e instanceof WorkbookReadError) return fail(`${input}: ${workbookErrorMessage(e, args.lang)}`);
    throw e;
  }
}

/** Saves through a temporary file; the exit code of a failure, or 0. */
export async function saveEdited(host: XlsxHost, output: string, lang: CliArgs["lang"]): Promise<number> {
  try {
    writeOutputAtomically(output, await host.saveAsync());
    return 0;
  } catch (e) {
    return fail(cliText(lang).outputNotWritable(output) + (e instanceof Error ? ` (${e.message})` : ""));
  }
}
