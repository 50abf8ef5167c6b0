// Review (command line misuse): the succession workflow as README and the program describe it.
// `talenta targets data.xlsx` writes data.talenta.xlsx with an empty `Jabatan Target` sheet; the user fills it in
// and may then run `talenta classify data.xlsx`, whose default output is data.talenta.xlsx again.
// Rule: a default output that holds a sheet the input lacks (other than Talenta's own) is the user's work, not a
// previous result to replace: classify refuses with one line and leaves it as it was (`targets` names the file to
// classify next). The filled-in key positions are never lost in silence.
import { describe, it, expect } from "vitest";
import { join } from "node:path";
import { cliWorkspace, sha, sheetNames } from "../cli/cli-harness";

const cli = cliWorkspace("talenta-cli-targets-", { "pemetaan.xlsx": "pemetaan-administrator-2025.xlsx" });
const { talenta } = cli;

describe("talenta targets, then talenta classify on the same input", () => {
  it("does not silently replace the file holding the Jabatan Target sheet", () => {
    const t = talenta("targets", "pemetaan.xlsx", "--quiet");
    expect(t.code, t.err).toBe(0);
    const out = join(cli.dir, "pemetaan.talenta.xlsx");
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
