// The only file-system code of the command line: read the input, write the output through a temporary file.
import {
  readFileSync,
  renameSync,
  rmSync,
  accessSync,
  constants,
  statSync,
  openSync,
  writevSync,
  closeSync,
  fchmodSync,
  type Stats,
} from "node:fs";
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

/** Why the output cannot be written, found before any work is done with it. */
export class OutputNotWritable extends Error {
  override name = "OutputNotWritable";
  constructor(readonly reason: "folder" | "is-folder" | "read-only") {
    super(reason);
  }
}

/**
 * @throws OutputNotWritable when the output's folder cannot be written, when the output names a folder, or when it
 * names an existing file that is read-only. A rename replaces a file without any permission on it, so a file the
 * user made read-only (a signed-off workbook) is checked here by its mode bits as well: root passes access(W_OK).
 */
export function assertWritable(path: string): void {
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    accessSync(dir, constants.W_OK);
  } catch {
    throw new OutputNotWritable("folder");
  }
  const target = statOrUndefined(path);
  if (!target) return;
  if (target.isDirectory()) throw new OutputNotWritable("is-folder");
  let writable = (target.mode & 0o222) !== 0;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new OutputNotWritable("read-only");
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The temporary file being written, if any: a signal handler removes it (removePendingOutput). The write is
 * synchronous, so a handler runs either before the file is opened or after it was renamed into place (or removed).
 */
let pendingTemp: string | undefined;

/** Removes the temporary file of a write cut short (Ctrl+C, a stopped job). Safe to call at any time. */
export function removePendingOutput(): void {
  const tmp = pendingTemp;
  pendingTemp = undefined;
  if (tmp !== undefined) rmSync(tmp, { force: true });
}

/**
 * Writes beside the target then renames, so a failed run never leaves a half-written workbook. The bytes may
 * come as chunks in order (a saved package is never joined into one buffer). A replaced file keeps its
 * permissions: the temporary file is created readable by its owner only and given the target's mode before the
 * rename (a personnel file kept 0600 stays 0600).
 */
export function writeOutputAtomically(path: string, bytes: Uint8Array | Uint8Array[]): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const existing = statOrUndefined(path);
  pendingTemp = tmp;
  try {
    const fd = openSync(tmp, "w", existing ? 0o600 : 0o666);
    try {
      if (existing) fchmodSync(fd, existing.mode & 0o777);
      writeAll(fd, Array.isArray(bytes) ? bytes : [bytes]);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    pendingTemp = undefined;
  } catch (e) {
    removePendingOutput();
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
