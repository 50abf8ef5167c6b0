// Review (command line misuse): the README's own round trip `talenta config --preset ID > talenta.json`, edit,
// `talenta classify … --config talenta.json`, done on Windows — where these offices work. Windows PowerShell 5.1's
// `>` writes UTF-16LE with a byte-order mark, and Notepad (before Windows 10 1903) saves UTF-8 with a BOM.
// Rule: a configuration file is read as bytes and its byte-order mark says how it is encoded (UTF-8, UTF-16LE or
// UTF-16BE); the mark is not part of the JSON. (Read as plain UTF-8, both files were refused as "not valid JSON"
// with invisible or garbled characters quoted in the message.)
import { describe, it, expect } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cliWorkspace } from "../cli/cli-harness";

const cli = cliWorkspace("talenta-cli-bom-", { "kategori.xlsx": "kategori-unit-eselon1.xlsx" });
const { talenta } = cli;

describe("talenta classify --config written on Windows", () => {
  it("accepts UTF-8 with a byte-order mark (Notepad)", () => {
    const c = talenta("config", "--preset", "kategori");
    expect(c.code).toBe(0);
    writeFileSync(join(cli.dir, "notepad.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(c.out, "utf8")]));
    const r = talenta("classify", "kategori.xlsx", "--config", "notepad.json", "-o", "a.xlsx", "--quiet");
    expect(r.code, r.err).toBe(0);
  });

  it("accepts UTF-16LE with a byte-order mark (PowerShell 5.1 `>`)", () => {
    const c = talenta("config", "--preset", "kategori");
    expect(c.code).toBe(0);
    writeFileSync(join(cli.dir, "powershell.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.out.replace(/\n/g, "\r\n"), "utf16le")]));
    const r = talenta("classify", "kategori.xlsx", "--config", "powershell.json", "-o", "b.xlsx", "--quiet");
    expect(r.code, r.err).toBe(0);
  });
});
