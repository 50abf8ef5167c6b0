// The only file-system code of the command line: read the input, write the output through a temporary file.
import { readFileSync, writeFileSync, renameSync, rmSync, accessSync, constants, statSync } from "node:fs";
import { dirname, basename, join, extname } from "node:path";

export function readInput(path: string): Uint8Array {
  return readFileSync(path);
}

/** `data.xlsx` → `data.talenta.xlsx` beside the input. */
export function defaultOutputPath(input: string): string {
  const ext = extname(input);
  const stem = basename(input, ext);
  return join(dirname(input), `${stem}.talenta${ext || ".xlsx"}`);
}

/** @throws when the output's folder cannot be written (checked before any work is done). */
export function assertWritable(path: string): void {
  const dir = dirname(path);
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  accessSync(dir, constants.W_OK);
}

/** Writes beside the target then renames, so a failed run never leaves a half-written workbook. */
export function writeOutputAtomically(path: string, bytes: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
