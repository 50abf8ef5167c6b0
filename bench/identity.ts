// Output identity for performance work: runs classify (fixed clock) on every fixture in ../shared/fixtures and on
// generated 2,000- and 100,000-row workbooks, in Indonesian and English, and records a sha1 of every zip entry and
// of the run summary. `write` before a change, `check` after it: "identical" means the change altered no byte.
// Usage: npx tsx bench/identity.ts write|check [baseline.json]   (SMALL=1 skips the 100,000-row workbook)
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { classifyWorkbook } from "../src/app/classify";
import { resolveLimits } from "../src/hosts/xlsx/limits";
import { XlsxHost } from "../src/hosts/xlsx/xlsx-host";
import { readZipDirectory } from "../src/hosts/xlsx/zip-directory";
import { InflateBudget, inflateEntry } from "../src/hosts/xlsx/zip-inflate";
import { makeAssessmentWorkbook } from "./make-workbook";

type Hashes = Record<string, string>;

const NOW = new Date("2026-03-04T05:06:07Z");
const FIXTURES = "../shared/fixtures";
const LARGE = "bench-100000";
const small = process.env.SMALL !== undefined;

const sha1 = (data: Uint8Array | string) => createHash("sha1").update(data).digest("hex");

/** One run's output: a hash per zip entry (inflated) and of the summary; or the code of a refused run. */
async function runHashes(bytes: Uint8Array, lang: "id" | "en"): Promise<Hashes> {
  const host = XlsxHost.open(bytes);
  const outcome = await classifyWorkbook(host, { lang, now: NOW });
  if (!outcome.ok) return { error: outcome.error.code };
  const out = new Uint8Array(Buffer.concat(await host.saveAsync()));
  const limits = resolveLimits({ maxTotalBytes: 4e9, maxPartBytes: 2e9 });
  const budget = new InflateBudget(limits);
  const hashes: Hashes = {};
  for (const entry of readZipDirectory(out, limits)) hashes[entry.name] = sha1(inflateEntry(out, entry, budget));
  hashes["#summary"] = sha1(JSON.stringify(outcome.summary));
  return hashes;
}

function inputs(): [string, Uint8Array][] {
  const out: [string, Uint8Array][] = [];
  for (const f of readdirSync(FIXTURES)) if (f.endsWith(".xlsx")) out.push([f, readFileSync(join(FIXTURES, f))]);
  out.push(["bench-2000", makeAssessmentWorkbook(2000)]);
  if (!small) out.push([LARGE, makeAssessmentWorkbook(100_000)]);
  return out;
}

/** Entries that differ from the baseline, as lines to print. */
function differences(result: Record<string, Hashes>, base: Record<string, Hashes>): string[] {
  const lines: string[] = [];
  for (const [run, hashes] of Object.entries(result)) {
    const before = base[run];
    if (!before) {
      lines.push(`no baseline for ${run}`);
      continue;
    }
    for (const entry of new Set([...Object.keys(hashes), ...Object.keys(before)])) {
      if (hashes[entry] !== before[entry]) lines.push(`differs: ${run} ${entry}`);
    }
  }
  return lines;
}

async function main(): Promise<number> {
  const [mode, file = ".tmp/identity-baseline.json"] = process.argv.slice(2);
  if (mode !== "write" && mode !== "check") {
    console.error("usage: npx tsx bench/identity.ts write|check [baseline.json]");
    return 2;
  }
  const result: Record<string, Hashes> = {};
  for (const [name, bytes] of inputs()) {
    for (const lang of ["id", "en"] as const) result[`${name}/${lang}`] = await runHashes(bytes, lang);
  }
  if (mode === "write") {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(result, null, 1));
    console.log(`baseline of ${Object.keys(result).length} runs written to ${file}`);
    return 0;
  }
  const lines = differences(result, JSON.parse(readFileSync(file, "utf8")));
  for (const line of lines) console.log(line);
  console.log(lines.length ? `${lines.length} differences` : "identical");
  return lines.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
