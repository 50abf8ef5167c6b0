// Review (command line misuse): `--map field=COLUMN` is the user's explicit instruction and is never dropped
// without a word. Rules: a column letter is read in any letter case (`--map nilaiKinerja=h` is column H); a
// header text is looked up on the sheet, and one not found there (`--map nilaiKinerja="Nilai Kinrja"`, a typo)
// fails the run with one line naming it, before anything is written. (Both were once ignored silently: the run
// exited 0 and classified from whatever column the detector guessed.)
import { describe, it, expect } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { cliWorkspace } from "../cli/cli-harness";

// skor.xlsx: header on row 4, G = NILAI KINERJA (SUMBU Y), H = NILAI POTENSIAL (SUMBU X) (fixtures/README.md).
const cli = cliWorkspace("talenta-cli-map-", { "skor.xlsx": "skor-sumbu-fungsional.xlsx" });
const { talenta } = cli;

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
    expect(existsSync(join(cli.dir, "typo.xlsx"))).toBe(false);
  });
});
