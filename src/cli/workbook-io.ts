// What every command that edits a workbook does around its use case: check the input and output, open the
// workbook, and write the result atomically. Failures become one line on stderr and an exit code.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { SHEET_NAMES } from "../domain/glossary";
import { parseRecord } from "../app/record";
import { WorkbookReadError } from "../hosts/xlsx/errors";
import { XlsxHost } from "../hosts/xlsx/xlsx-host";
import type { CliArgs } from "./args";
import { assertWritable, defaultOutputPath, hasKindExtension, OutputNotWritable, readInput, writeOutputAtomically } from "./files";
import { cliText, workbookErrorMessage } from "./messages";

export function fail(message: string, code = 1): number {
  process.stderr.write(`talenta: ${message}\n`);
  return code;
}

/** The opened workbook and where its result goes, or the exit code of a failure already reported. */
export async function openForEdit(args: CliArgs, needInput: string): Promise<{ host: XlsxHost; input: string; output: string } | number> {
  const t = cliText(args.lang);
  const input = args.positionals[0];
  if (!input) return fail(needInput, 2);
  if (!existsSync(input)) return fail(t.inputMissing(input));
  if (args.output !== undefined) {
    const checked = checkOutput(resolve(args.output), args.output, t);
    if (checked !== 0) return checked;
  }
  let bytes: Uint8Array;
  try {
    if (statSync(input).isDirectory()) return fail(t.inputIsFolder(input));
    bytes = readInput(input);
  } catch (e) {
    if (isFileSystemError(e)) return fail(t.inputUnreadable(input));
    throw e;
  }
  let host: XlsxHost;
  try {
    host = XlsxHost.open(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) return fail(`${input}: ${workbookErrorMessage(e, args.lang)}`);
    throw e;
  }
  // Excel opens a macro-enabled workbook or a template only under its own extension, so the output keeps it.
  if (args.output !== undefined && !hasKindExtension(args.output, host.kind)) return fail(t.outputKind(args.output, host.kind));
  const shown = args.output ?? defaultOutputPath(input, host.kind);
  const output = resolve(shown);
  if (args.output === undefined) {
    const checked = checkOutput(output, shown, t);
    if (checked !== 0) return checked;
    // `-o` naming an existing file is the user's decision; the default output is only ever Talenta's result.
    const guarded = await guardDefaultOutput(host, input, output, shown, t);
    if (guarded !== 0) return guarded;
  }
  return { host, input, output };
}

/** The output can be written: its folder is writable, it is not a folder, and not a read-only file. */
function checkOutput(output: string, shown: string, t: ReturnType<typeof cliText>): number {
  try {
    assertWritable(output);
    return 0;
  } catch (e) {
    if (e instanceof OutputNotWritable && e.reason === "read-only") return fail(t.outputReadOnly(shown));
    if (e instanceof OutputNotWritable && e.reason === "is-folder") return fail(t.outputIsFolder(shown));
    return fail(t.outputNotWritable(output));
  }
}

/**
 * The default output (`data.talenta.xlsx`) may already be the file the user works on: `talenta targets` wrote it
 * with a Jabatan Target sheet to fill in, or a sheet was added to an earlier result. A default output holding a
 * sheet the input lacks, other than Talenta's own (RULES §7 and the record's), is not replaced. Only the package's
 * directory and workbook part are read (XlsxHost inflates other parts on demand).
 */
async function guardDefaultOutput(host: XlsxHost, input: string, output: string, shown: string, t: ReturnType<typeof cliText>): Promise<number> {
  if (output === resolve(input) || !existsSync(output)) return 0;
  let existing: XlsxHost;
  let theirs: string[];
  let record: ReturnType<typeof parseRecord>;
  try {
    existing = XlsxHost.open(readInput(output));
    theirs = (await existing.listSheets()).map((s) => s.name);
    record = parseRecord(await existing.readSettings());
  } catch {
    return fail(t.outputNotWorkbook(shown));
  }
  // Sheet names are compared as Excel does, ignoring letter case.
  const inputSheets = (await host.listSheets()).map((s) => s.name);
  const ours = new Set<string>([...inputSheets, ...Object.values(SHEET_NAMES), ...(record?.ownedSheets ?? [])].map((n) => n.toLowerCase()));
  const extra = theirs.filter((name) => !ours.has(name.toLowerCase()));
  return extra.length === 0 ? 0 : fail(t.outputHoldsWork(shown, input, extra));
}

/** An error of the file system (EACCES, EISDIR, EBUSY …), not a defect of the program. */
function isFileSystemError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string";
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
