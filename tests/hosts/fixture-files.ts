import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { unzipSync } from "fflate";

export const FIXTURES = join(__dirname, "../../../shared/fixtures");

/** The bytes of a shared fixture; tests hand these to hosts in memory and never write to the fixture folder. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** Zip entry name → sha256 of its inflated bytes. */
export function entryHashes(zip: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(zip))) out.set(name, createHash("sha256").update(data).digest("hex"));
  return out;
}

export function entryTexts(zip: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(zip)).map(([n, d]) => [n, new TextDecoder().decode(d)]));
}
