// Review (command line misuse): the succession workflow as README and the program describe it.
// `talenta targets data.xlsx` writes data.talenta.xlsx with an empty `Jabatan Target` sheet; the user fills it in
// and may then run `talenta classify data.xlsx`, whose default output is data.talenta.xlsx again.
// Rule: a default output that holds a sheet the input lacks (other than Talenta's own) is the user's work, not a
// previous result to replace: classify refuses with one line and leaves it as it was (`targets` names the file to
// classify next). The filled-in key positions are never lost in silence.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, copyFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";

const ROOT = join(__dirname, "../..");
const FIXTURES = join(ROOT, "../shared/fixtures");
let dir: string;

function talenta(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/talenta.cjs"), ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
const sheetNames = (p: string) =>
  [...strFromU8(unzipSync(readFileSync(p))["xl/workbook.xml"]).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, encoding: "utf8" });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "talenta-cli-targets-"));
  copyFileSync(join(FIXTURES, "pemetaan-administrator-2025.xlsx"), join(dir, "pemetaan.xlsx"));
});

describe("talenta targets, then talenta classify on the same input", () => {
  it("does not silently replace the file holding the Jabatan Target sheet", () => {
    const t = talenta("targets", "pemetaan.xlsx", "--quiet");
    expect(t.code, t.err).toBe(0);
    const out = join(dir, "pemetaan.talenta.xlsx");
    expect(sheetNames(out)).toContain("Jabatan Target");
    const before = sha(out);

    const r = talenta("classify", "pemetaan.xlsx");
    // Either refused (one line, the file untouched) or the Jabatan Target sheet survives: never lost in silence.
    if (r.code === 0) expect(sheetNames(out)).toContain("Jabatan Target");
    else {
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(sha(out)).toBe(before);
    }
  });
});
