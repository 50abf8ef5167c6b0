// The only file-system code of the command line: read the input, write the output through a temporary file.
import { readFileSync, renameSync, rmSync, accessSync, constants, statSync, openSync, writevSync, closeSync } from "node:fs";
import { dirname, basename, join, extname } from "node:path";

export function readInput(path: string): Uint8Array {
  return readFileSync(path);
}

/**
 * `data.xlsx` → `data.talenta.xlsx` beside the input. The extension is the one of the workbook's kind (`xlsx`,
 * `xlsm`, …): the input's own when it matches, in its own letter case.
 */
export function defaultOutputPath(input: string, kind = "xlsx"): string {
  const ext = extname(input);
  const stem = basename(input, ext);
  return join(dirname(input), `${stem}.talenta${ext.toLowerCase() === `.${kind}` ? ext : `.${kind}`}`);
}

/** The output's name ends with the extension Excel needs for a workbook of this kind (any letter case). */
export function hasKindExtension(path: string, kind: string): boolean {
  return extname(path).toLowerCase() === `.${kind}`;
}

/** @throws when the output's folder cannot be written (checked before any work is done). */
export function assertWritable(path: string): void {
  const dir = dirname(path);
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  accessSync(dir, constants.W_OK);
}

/**
 * Writes beside the target then renames, so a failed run never leaves a half-written workbook. The bytes may
 * come as chunks in order (a saved package is never joined into one buffer).
 */
export function writeOutputAtomically(path: string, bytes: Uint8Array | Uint8Array[]): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, "w");
    try {
      writeAll(fd, Array.isArray(bytes) ? bytes : [bytes]);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** writev in batches (the system's limit on buffers per call), continuing after a short write. */
function writeAll(fd: number, chunks: Uint8Array[]): void {
  const BATCH = 1024;
  for (let i = 0; i < chunks.length; ) {
    const batch = chunks.slice(i, i + BATCH).filter((c) => c.length > 0);
    let left = batch.reduce((n, c) => n + c.length, 0);
    let k = 0;
    while (left > 0) {
      let n = writevSync(fd, batch.slice(k));
      left -= n;
      while (k < batch.length && n >= batch[k].length) n -= batch[k++].length;
      if (n > 0) batch[k] = batch[k].subarray(n);
    }
    i += BATCH;
  }
}
