// `npm run bench`: prints the figures the issues ask for. Timing is a script, never a test.
import { mkdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { XlsxHost } from "../src/hosts/xlsx/xlsx-host";
import { detectTable } from "../src/sheet";
import { choosePreset } from "../src/domain/presets";
import { defaultConfig } from "../src/domain/config";
import { classifyTable } from "../src/domain/classify";
import { buildOutputs } from "../src/app/outputs";
import type { FieldId } from "../src/domain/fields";
import { makeAssessmentWorkbook } from "./make-workbook";
import { benchOfficeHost } from "./office-host";
import { compressMs, partsToCompress } from "./floor";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Bundled into .tmp/bench/run.cjs by scripts/bench.mjs: the repository root is the working directory.
const ROOT = process.cwd();
const TMP = join(ROOT, ".tmp", "bench");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

interface Proc {
  ms: number;
  rssMb: number;
  /** User + system CPU time of the process, every thread. */
  cpuMs: number;
}

/** Runs node on a script under /usr/bin/time: wall time, CPU time and peak RSS of the whole process. */
function runProcess(args: string[]): Proc {
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...args], { encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  const [kb, user, sys] = r.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { ms, rssMb: kb / 1024, cpuMs: (user + sys) * 1000 };
}

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const bytes = makeAssessmentWorkbook(ROWS);
  const input = join(TMP, `assessment-${ROWS}.xlsx`);
  writeFileSync(input, bytes);
  console.log(`Workbook: ${ROWS.toLocaleString("en")} rows × 15 columns, ${(statSync(input).size / 1e6).toFixed(1)} MB on disk; median of ${RUNS} runs.\n`);

  const grid = await XlsxHost.open(bytes).readUsedGrid("Pemetaan Talenta");
  const loadAtStart = loadavg()[0];

  const bareInProcess: number[] = [];
  const engine: number[] = [];
  const copy: Proc[] = [];
  const rewrite: Proc[] = [];
  const cli: Proc[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  const out = join(TMP, `out-${ROWS}.xlsx`);
  const bare = (mode: string) => [join(TMP, "bare.cjs"), mode, input, out, "Pemetaan Talenta"];
  const runEngine = () => {
    const d = detectTable(grid);
    if (!d.ok) throw new Error("no table");
    const choice = choosePreset(new Set<FieldId>(d.table.columns.map((c) => c.field)));
    if (!choice.ok) throw new Error("no preset");
    const config = defaultConfig(choice.presetId);
    const c = classifyTable(d.table, config);
    const at = new Date();
    buildOutputs({ table: d.table, classification: c, config, lang: "id", grid, run: { at, sourceSheet: grid.sheet, presetId: config.preset, presetReason: "", rulesVersion: 1, appVersion: "bench" } });
  };
  // The engine first, on its own: one warm-up run (JIT), then RUNS runs each after a full GC, so no host's
  // garbage from another measure is collected inside its time.
  runEngine();
  for (let i = 0; i < RUNS; i++) {
    gc?.();
    engine.push(await time(runEngine));
  }
  for (let i = 0; i < RUNS; i++) {
    gc?.();
    bareInProcess.push(
      await time(async () => {
        const host = XlsxHost.open(bytes);
        await host.readUsedGrid("Pemetaan Talenta");
        host.save();
      }),
    );
    copy.push(runProcess(bare("copy")));
    rewrite.push(runProcess(bare("rewrite")));
    cli.push(runProcess([join(ROOT, "bin/talenta.cjs"), "classify", input, "-o", out, "--quiet"]));
  }

  // The floor: what any run must add to a copy, measured on the CLI's own output.
  const parts = partsToCompress(bytes, readFileSync(out));
  const newXmlMb = parts.reduce((n, p) => n + p.length, 0) / 1e6;
  const compress: number[] = [];
  for (let i = 0; i < RUNS; i++) compress.push(await compressMs(parts));

  const ms = (ps: Proc[]) => median(ps.map((p) => p.ms));
  const mb = (ps: Proc[]) => Math.max(...ps.map((p) => p.rssMb));
  const cpu = (ps: Proc[]) => median(ps.map((p) => p.cpuMs));
  const row = (label: string, ps: Proc[]) => console.log(`  ${label.padEnd(52)}${fmt(ms(ps))}   CPU ${fmt(cpu(ps))}   peak RSS ${mb(ps).toFixed(0).padStart(4)} MB`);
  console.log(`xlsx host and engine (issue 2); machine load (1 min) ${loadAtStart.toFixed(2)} → ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`);
  console.log(`  ${"bare read + save, in process (no process start)".padEnd(52)}${fmt(median(bareInProcess))}`);
  row("bare process: read + save, untouched parts copied", copy);
  row("bare process: read + re-write every data-sheet cell", rewrite);
  row("CLI end to end (node process)", cli);
  console.log(`  engine alone (detect+weight+classify+report blocks) ${fmt(median(engine))}   target ≤ 150 ms`);
  console.log(`  CLI ÷ bare copy ${(ms(cli) / ms(copy)).toFixed(2)} ×, CLI ÷ bare re-write ${(ms(cli) / ms(rewrite)).toFixed(2)} ×   target ≤ 1.3 ×`);
  console.log(`  CLI peak memory (max RSS) ${mb(cli).toFixed(0)} MB   target ≤ 600 MB`);
  const floor = median(engine) + median(compress);
  console.log(
    `  floor over a copy, before any XML is built: engine ${median(engine).toFixed(0)} ms + compressing the ${newXmlMb.toFixed(0)} MB of new or changed XML ` +
      `${median(compress).toFixed(0)} ms (all cores) = ${((ms(copy) + floor) / ms(copy)).toFixed(2)} × a copy`,
  );

  console.log("\nOffice host on the fake Excel (issue 3)");
  const office = await benchOfficeHost(ROWS);
  console.log(`  syncs ${office.syncs} (budget 3 + ceil(payload / 4 MB) = ${office.budget}), payload ${(office.payloadBytes / 1e6).toFixed(1)} MB, largest request ${(office.largestRequest / 1e6).toFixed(2)} MB (limit 5 MB)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
