// The built command line as a user runs it: the CLI built once per test file, a scratch folder per file with the
// fixtures it names copied in, and a runner that gives the exit code and both streams.
import { beforeAll, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";

export const ROOT = join(__dirname, "../..");
export const FIXTURES = join(ROOT, "../shared/fixtures");

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

export interface CliWorkspace {
  /** The scratch folder (set once the file's first hook has run). */
  readonly dir: string;
  /** Runs `talenta …` in the scratch folder. */
  talenta(...args: string[]): CliRun;
}

/** Builds the CLI and makes the scratch folder before the file's tests, copying in `fixtures` (name → fixture). */
export function cliWorkspace(prefix: string, fixtures: Record<string, string> = {}): CliWorkspace {
  let dir = "";
  beforeAll(() => {
    const build = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, encoding: "utf8" });
    expect(build.status, build.stderr).toBe(0);
    dir = mkdtempSync(join(tmpdir(), prefix));
    for (const [name, fixture] of Object.entries(fixtures)) copyFileSync(join(FIXTURES, fixture), join(dir, name));
  });
  return {
    get dir() {
      return dir;
    },
    talenta(...args: string[]): CliRun {
      const r = spawnSync(process.execPath, [join(ROOT, "bin/talenta.cjs"), ...args], { encoding: "utf8", cwd: dir });
      return { code: r.status, out: r.stdout, err: r.stderr };
    },
  };
}

export const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The sheet names of a workbook file, in order. */
export const sheetNames = (path: string) =>
  [...strFromU8(unzipSync(readFileSync(path))["xl/workbook.xml"]).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
