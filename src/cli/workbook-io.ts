// What every command that edits a workbook does around its use case: check the input and output, open the
// workbook, and write the result atomically. Failures become one line on stderr and an exit code.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { WorkbookReadError } from "../hosts/xlsx/errors";
import { XlsxHost } from "../hosts/xlsx/xlsx-host";
import type { CliArgs } from "./args";
import { assertWritable, defaultOutputPath, hasKindExtension, readInput, writeOutputAtomically } from "./files";
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
  if (args.output !== undefined) {
    const checked = checkOutput(resolve(args.output), t);
    if (checked !== 0) return checked;
  }
  let host: XlsxHost;
  try {
    host = XlsxHost.open(readInput(input));
  } catch (e) {
    if (e instanceof WorkbookReadError) return fail(`${input}: ${workbookErrorMessage(e, args.lang)}`);
    throw e;
  }
  // Excel opens a macro-enabled workbook or a template only under its own extension, so the output keeps it.
  if (args.output !== undefined && !hasKindExtension(args.output, host.kind)) return fail(t.outputKind(args.output, host.kind));
  const output = resolve(args.output ?? defaultOutputPath(input, host.kind));
  if (args.output === undefined) {
    const checked = checkOutput(output, t);
    if (checked !== 0) return checked;
  }
  return { host, input, output };
}

/** The output's folder can be written: checked before any work is done with it. */
function checkOutput(output: string, t: ReturnType<typeof cliText>): number {
  try {
    assertWritable(output);
    return 0;
  } catch {
    return fail(t.outputNotWritable(output));
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
