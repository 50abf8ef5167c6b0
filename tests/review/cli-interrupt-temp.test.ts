// Review (command line misuse): a person presses Ctrl+C (SIGINT), or a scheduler stops the job (SIGTERM), while
// `talenta classify` is writing its output. README promises "a failed run never leaves a half-written workbook".
// Rule: an interrupted run leaves either the whole output or nothing — never the temporary file
// `.<output>.<pid>.tmp` (a hidden full copy of every employee's data). The signal handlers of src/cli/main.ts
// remove the temporary file src/cli/files.ts is writing, and exit 130 / 143 (129 for SIGHUP).
import { describe, it, expect, beforeAll } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeAssessmentWorkbook } from "../../bench/make-workbook";

const ROOT = join(__dirname, "../..");
let dir: string;

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, encoding: "utf8" });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "talenta-cli-interrupt-"));
  writeFileSync(join(dir, "besar.xlsx"), makeAssessmentWorkbook(30_000));
});

/** Runs classify and sends `signal` as soon as any new file appears in the folder (the output being written). */
function interruptWhileWriting(dir: string, signal: NodeJS.Signals): Promise<{ sawNewFile: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, "bin/talenta.cjs"), "classify", "besar.xlsx", "-q"], { cwd: dir, stdio: "ignore" });
    let sawNewFile = false;
    const watcher = watch(dir, (_event, name) => {
      if (!name || name === "besar.xlsx" || sawNewFile) return;
      sawNewFile = true;
      child.kill(signal);
    });
    child.on("exit", () => {
      watcher.close();
      done({ sawNewFile });
    });
  });
}

describe("talenta classify interrupted while writing", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`leaves no temporary file behind after ${signal}`, async () => {
      const here = join(dir, signal);
      mkdirSync(here);
      copyFileSync(join(dir, "besar.xlsx"), join(here, "besar.xlsx"));
      const r = await interruptWhileWriting(here, signal);
      expect(r.sawNewFile).toBe(true);
      const left = readdirSync(here).filter((f) => f !== "besar.xlsx" && f !== "besar.talenta.xlsx");
      expect(left).toEqual([]);
    });
  }
});
