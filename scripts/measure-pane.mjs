// Task pane figures: initial JS (gzip) and first render in headless Chromium with a 4× CPU slowdown.
// The page is the browser mode: office.js is not among the initial scripts (it is loaded only inside Office).
// Usage: node scripts/measure-pane.mjs   (builds dist/ first when it is missing; CHROMIUM_PATH overrides the browser)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serveStatic } from "./serve.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"];
const RUNS = 5;
const CPU_SLOWDOWN = 4;
const TARGETS = { initialGzipKB: 350, firstRenderMs: 1500 };

/** The scripts taskpane.html loads before anything is shown, with raw and gzip sizes. */
export function initialScripts() {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  return srcs.map((src) => {
    const bytes = readFileSync(join(DIST, src));
    return { src, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/**
 * First render of each run (ms from navigation to <App> mounted) and the page's main-thread busy time until then
 * (ms, from Chromium's TaskDuration): the second shows how much of the wait is our work and how much is the
 * machine being busy elsewhere.
 */
export async function firstRenderRuns(runs = RUNS) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const { server, port } = await serveStatic(DIST, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
      // The mark is set by <App> once it has mounted (src/taskpane/components/App.tsx); startTime counts from navigation.
      const handle = await page.waitForFunction(() => performance.getEntriesByName("talenta:first-render")[0]?.startTime, null, { timeout: 30_000 });
      const firstRender = await handle.jsonValue();
      const { metrics } = await cdp.send("Performance.getMetrics");
      const busy = 1000 * (metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN);
      times.push({ firstRender, busy });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return times;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!existsSync(join(DIST, "taskpane.html"))) execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  const scripts = initialScripts();
  const ours = scripts.filter((s) => !s.src.startsWith("office/"));
  const oursGzip = ours.reduce((s, x) => s + x.gzip, 0) / 1024;
  const load = loadavg()[0];
  const runs = await firstRenderRuns();
  const times = runs.map((r) => r.firstRender);
  const rows = [
    ...scripts.map((s) => [`initial script ${s.src}`, `${(s.bytes / 1024).toFixed(1)} KB raw, ${(s.gzip / 1024).toFixed(1)} KB gzip`]),
    ["pane JS, gzip (target ≤ 350 KB)", `${oursGzip.toFixed(1)} KB ${oursGzip <= TARGETS.initialGzipKB ? "ok" : "OVER"}`],
    [`first render, CPU ×${CPU_SLOWDOWN}, runs`, times.map((t) => `${Math.round(t)} ms`).join(", ")],
    ["main thread busy until then, runs", runs.map((r) => `${Math.round(r.busy)} ms`).join(", ")],
    ["machine load (1 min, before → after)", `${load.toFixed(2)} → ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`],
    [`first render, median of ${RUNS} (target ≤ 1500 ms)`, `${Math.round(median(times))} ms ${median(times) <= TARGETS.firstRenderMs ? "ok" : "OVER"}`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log("Task pane");
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
