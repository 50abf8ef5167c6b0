// Runs type checking and the vitest suite, then prints the plain "N passed, N failed" line CI reads.
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync, rmSync } from "node:fs";

const out = "test-results/vitest.json";
mkdirSync("test-results", { recursive: true });
rmSync(out, { force: true });

const tsc = spawnSync("npx", ["tsc", "--noEmit", "-p", "."], { stdio: "inherit" });
const typeFailed = tsc.status !== 0 ? 1 : 0;
if (typeFailed) console.error("Type check failed.");

const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...process.argv.slice(2)];
const run = spawnSync("npx", args, { stdio: "inherit" });

let passed = 0;
let failed = typeFailed;
try {
  const r = JSON.parse(readFileSync(out, "utf8"));
  passed = r.numPassedTests;
  failed += r.numFailedTests;
  // A test file that fails to load has no failed test but must still fail the run.
  for (const f of r.testResults ?? []) if (f.status === "failed" && (f.assertionResults ?? []).length === 0) failed++;
} catch {
  failed += 1;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
