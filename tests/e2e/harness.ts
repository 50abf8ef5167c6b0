// Build, serve and browse the task pane for the browser tests: dist/ on 127.0.0.1, Debian's chromium, no network.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import { chromium, type Browser } from "playwright-core";
import { serveStatic } from "../../scripts/serve.mjs";

export const ROOT = join(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// From reference/toolchain.md: no first-run, sync, component or background network traffic, no QUIC.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** Builds dist/ unless a production build newer than every source already exists. */
export function ensureBuild(): void {
  const built = join(DIST, "taskpane.js");
  const sources = Math.max(newestMtime(join(ROOT, "src")), newestMtime(join(ROOT, "webpack.config.js")));
  if (existsSync(built) && statSync(built).mtimeMs > sources && !process.env.TALENTA_REBUILD) return;
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH; the browser tests do not skip.`);
  }
  // playwright gives every non-persistent launch a fresh temporary profile (user-data-dir) of its own.
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export async function serveDist(): Promise<{ server: Server; origin: string }> {
  const { server, port } = await serveStatic(DIST, 0);
  return { server, origin: `http://127.0.0.1:${port}` };
}
