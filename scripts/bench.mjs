// `npm run bench`: bundles the benchmark like the shipped CLI (esbuild, one file) so tsx's module overhead is not
// measured, runs it, then measures the task pane (initial JS, first render at 4× CPU slowdown).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";

await build({
  entryPoints: ["bench/bare.ts"],
  outfile: ".tmp/bench/bare.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
await build({
  entryPoints: ["bench/run.ts"],
  outfile: ".tmp/bench/run.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
const engine = spawnSync(process.execPath, ["--expose-gc", ".tmp/bench/run.cjs"], { stdio: "inherit" });
if (engine.status !== 0) process.exit(engine.status ?? 1);

if (process.env.BENCH_PANE !== "0") {
  console.log("\nTask pane (issue 3)");
  const pane = spawnSync(process.execPath, ["scripts/measure-pane.mjs"], { stdio: "inherit" });
  if (pane.status !== 0) process.exit(pane.status ?? 1);
}
