// Review (command line misuse): `--map field=COLUMN` is the user's explicit instruction and is never dropped
// without a word. Rules: a column letter is read in any letter case (`--map nilaiKinerja=h` is column H); a
// header text is looked up on the sheet, and one not found there (`--map nilaiKinerja="Nilai Kinrja"`, a typo)
// fails the run with one line naming it, before anything is written. (Both were once ignored silently: the run
// exited 0 and classified from whatever column the detector guessed.)
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, copyFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const FIXTURES = join(ROOT, "../shared/fixtures");
let dir: string;

function talenta(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/talenta.cjs"), ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, encoding: "utf8" });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "talenta-cli-map-"));
  // Header on row 4: G = NILAI KINERJA (SUMBU Y), H = NILAI POTENSIAL (SUMBU X) (fixtures/README.md).
  copyFileSync(join(FIXTURES, "skor-sumbu-fungsional.xlsx"), join(dir, "skor.xlsx"));
});

describe("talenta classify --map", () => {
  it("takes a lower-case column letter as the column (here: the two axes swapped)", () => {
    const r = talenta("classify", "skor.xlsx", "--map", "nilaiKinerja=h", "--map", "nilaiPotensial=g", "-o", "swap.xlsx", "--lang", "en");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^ {2}H .*→ nilaiKinerja/m);
    expect(r.out).toMatch(/^ {2}G .*→ nilaiPotensial/m);
  });

  it("refuses a header text that is not on the sheet, naming it, instead of ignoring the mapping", () => {
    const r = talenta("classify", "skor.xlsx", "--map", "nilaiKinerja=Nilai Kinrja", "-o", "typo.xlsx");
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/Nilai Kinrja/);
    expect(existsSync(join(dir, "typo.xlsx"))).toBe(false);
  });
});
