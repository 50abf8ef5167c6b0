// Review (command line misuse): `-o` naming a file the user has made read-only, and `-o` naming the input itself.
// The output is written to a temporary file and renamed over the target (src/cli/files.ts writeOutputAtomically),
// and a rename needs no permission on the file it replaces. Rules:
// - a read-only output file (chmod 444 / the "Read-only" attribute a user sets to protect a signed-off workbook)
//   is refused with one line ("output not writable", as the issue asks), for any user, root included;
// - a replaced file keeps its permissions: a personnel file kept 0600 on a shared server stays 0600 after
//   `talenta classify data.xlsx -o data.xlsx`.
import { describe, it, expect, beforeAll } from "vitest";
import { copyFileSync, chmodSync, statSync } from "node:fs";
import { join } from "node:path";
import { cliWorkspace, FIXTURES, sha } from "../cli/cli-harness";

const cli = cliWorkspace("talenta-cli-perm-", { "kategori.xlsx": "kategori-unit-eselon1.xlsx" });
const { talenta } = cli;
beforeAll(() => {
  chmodSync(join(cli.dir, "kategori.xlsx"), 0o644);
});

describe("talenta classify -o and file permissions", () => {
  it("refuses to replace a read-only output file, with one line and exit 1, leaving it as it was", () => {
    copyFileSync(join(FIXTURES, "skor-sumbu-fungsional.xlsx"), join(cli.dir, "disahkan.xlsx"));
    chmodSync(join(cli.dir, "disahkan.xlsx"), 0o444);
    const before = sha(join(cli.dir, "disahkan.xlsx"));
    const r = talenta("classify", "kategori.xlsx", "-o", "disahkan.xlsx");
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/tidak dapat menulis/);
    expect(sha(join(cli.dir, "disahkan.xlsx"))).toBe(before);
  });

  it("keeps the permissions of the file it replaces (-o naming the input)", () => {
    copyFileSync(join(cli.dir, "kategori.xlsx"), join(cli.dir, "rahasia.xlsx"));
    chmodSync(join(cli.dir, "rahasia.xlsx"), 0o600);
    const r = talenta("classify", "rahasia.xlsx", "-o", "rahasia.xlsx", "--quiet");
    expect(r.code, r.err).toBe(0);
    expect(statSync(join(cli.dir, "rahasia.xlsx")).mode & 0o777).toBe(0o600);
  });
});
