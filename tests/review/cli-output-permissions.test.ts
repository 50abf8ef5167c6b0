// Review (command line misuse): `-o` naming a file the user has made read-only, and `-o` naming the input itself.
// The output is written to a temporary file and renamed over the target (src/cli/files.ts writeOutputAtomically),
// and a rename needs no permission on the file it replaces. Rules:
// - a read-only output file (chmod 444 / the "Read-only" attribute a user sets to protect a signed-off workbook)
//   is refused with one line ("output not writable", as the issue asks), for any user, root included;
// - a replaced file keeps its permissions: a personnel file kept 0600 on a shared server stays 0600 after
//   `talenta classify data.xlsx -o data.xlsx`.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, copyFileSync, readFileSync, chmodSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";

const ROOT = join(__dirname, "../..");
const FIXTURES = join(ROOT, "../shared/fixtures");
let dir: string;

function talenta(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/talenta.cjs"), ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, encoding: "utf8" });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "talenta-cli-perm-"));
  copyFileSync(join(FIXTURES, "kategori-unit-eselon1.xlsx"), join(dir, "kategori.xlsx"));
  chmodSync(join(dir, "kategori.xlsx"), 0o644);
});

describe("talenta classify -o and file permissions", () => {
  it("refuses to replace a read-only output file, with one line and exit 1, leaving it as it was", () => {
    copyFileSync(join(FIXTURES, "skor-sumbu-fungsional.xlsx"), join(dir, "disahkan.xlsx"));
    chmodSync(join(dir, "disahkan.xlsx"), 0o444);
    const before = sha(join(dir, "disahkan.xlsx"));
    const r = talenta("classify", "kategori.xlsx", "-o", "disahkan.xlsx");
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/tidak dapat menulis/);
    expect(sha(join(dir, "disahkan.xlsx"))).toBe(before);
  });

  it("keeps the permissions of the file it replaces (-o naming the input)", () => {
    copyFileSync(join(dir, "kategori.xlsx"), join(dir, "rahasia.xlsx"));
    chmodSync(join(dir, "rahasia.xlsx"), 0o600);
    const r = talenta("classify", "rahasia.xlsx", "-o", "rahasia.xlsx", "--quiet");
    expect(r.code, r.err).toBe(0);
    expect(statSync(join(dir, "rahasia.xlsx")).mode & 0o777).toBe(0o600);
  });
});
