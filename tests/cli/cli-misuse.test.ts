// The command line typed wrongly, or used across two commands: every mistake gets one clear line (in the user's
// language) and a non-zero exit, and no file of the user's is replaced or left behind.
import { describe, it, expect, beforeAll } from "vitest";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, chmodSync, writeFileSync, watch } from "node:fs";
import { join } from "node:path";
import { makeAssessmentWorkbook } from "../../bench/make-workbook";
import { cliWorkspace, ROOT, FIXTURES, sha, sheetNames } from "./cli-harness";

const oneLine = (s: string) => expect(s.trim().split("\n")).toHaveLength(1);

const cli = cliWorkspace("talenta-cli-misuse-", { "kategori.xlsx": "kategori-unit-eselon1.xlsx", "skor.xlsx": "skor-sumbu-fungsional.xlsx" });
const { talenta } = cli;

describe("--map that cannot apply is refused, naming it", () => {
  for (const [map, pattern] of [
    ["nip=ZZZZ", /ZZZZ/],
    ["nip=AAAA1", /AAAA1/],
  ] as const) {
    it(`refuses --map ${map} (not a column letter, not a header on the sheet)`, () => {
      const r = talenta("classify", "skor.xlsx", "--map", map, "-o", "m.xlsx");
      expect(r.code).toBe(1);
      oneLine(r.err);
      expect(r.err).toMatch(pattern);
      expect(r.err).toMatch(/NIP/);
      expect(existsSync(join(cli.dir, "m.xlsx"))).toBe(false);
    });
  }

  it("refuses a column beyond XFD, the last column of a sheet", () => {
    const r = talenta("classify", "skor.xlsx", "--map", "nip=xfe", "-o", "m.xlsx", "--lang", "en");
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toMatch(/XFE.*XFD/);
  });

  it("refuses two fields on one column, naming both (letters in either case)", () => {
    const r = talenta("classify", "skor.xlsx", "--map", "nilaiKinerja=G", "--map", "nilaiPotensial=g", "-o", "m.xlsx");
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toMatch(/nilaiKinerja dan nilaiPotensial.*\(G\)/);
  });

  it("refuses a header mapping and a letter mapping that land on one column, naming both fields", () => {
    const r = talenta("classify", "skor.xlsx", "--map", "nilaiKinerja=NILAI POTENSIAL (SUMBU X)", "--map", "nilaiPotensial=H", "-o", "m.xlsx", "--lang", "en");
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).toMatch(/Performance score and Potential score are mapped to the same column \(H\)/);
    expect(existsSync(join(cli.dir, "m.xlsx"))).toBe(false);
  });

  it("takes a header text in any letter case", () => {
    const r = talenta("classify", "skor.xlsx", "--map", "nilaiKinerja=nilai potensial (sumbu x)", "--map", "nilaiPotensial=nilai kinerja (sumbu y)", "-o", "h.xlsx", "--lang", "en");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^ {2}H .*→ nilaiKinerja/m);
  });
});

describe("targets, then classify", () => {
  it("targets names the exact next command, which reads the filled sheet; classify <input> then refuses", () => {
    const here = join(cli.dir, "suksesi dinas");
    mkdirSync(here);
    copyFileSync(join(FIXTURES, "pemetaan-administrator-2025.xlsx"), join(here, "pemetaan (2025).xlsx"));
    const t = talenta("targets", join("suksesi dinas", "pemetaan (2025).xlsx"));
    expect(t.code, t.err).toBe(0);
    const output = join("suksesi dinas", "pemetaan (2025).talenta.xlsx");
    expect(t.out).toContain(`talenta classify "${output}"`);

    const before = sha(join(cli.dir, output));
    const again = talenta("classify", join("suksesi dinas", "pemetaan (2025).xlsx"), "--lang", "en");
    expect(again.code).toBe(1);
    oneLine(again.err);
    expect(again.err).toMatch(/"Jabatan Target"/);
    expect(again.err).toContain(`talenta classify "${output}"`);
    expect(sha(join(cli.dir, output))).toBe(before);

    // The command targets printed works: the Jabatan Target sheet is read (still empty here).
    const next = talenta("classify", output);
    expect(next.code, next.err).toBe(0);
    expect(next.out).not.toMatch(/belum ada lembar Jabatan Target/);
  });

  it("targets run twice on the same input does not replace the file holding the first sheet", () => {
    copyFileSync(join(FIXTURES, "pemetaan-administrator-2025.xlsx"), join(cli.dir, "dua.xlsx"));
    expect(talenta("targets", "dua.xlsx", "-q").code).toBe(0);
    const before = sha(join(cli.dir, "dua.talenta.xlsx"));
    const r = talenta("targets", "dua.xlsx");
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(sha(join(cli.dir, "dua.talenta.xlsx"))).toBe(before);
  });

  it("-o naming that file is the user's decision: it is replaced", () => {
    copyFileSync(join(FIXTURES, "pemetaan-administrator-2025.xlsx"), join(cli.dir, "tiga.xlsx"));
    expect(talenta("targets", "tiga.xlsx", "-q").code).toBe(0);
    const r = talenta("classify", "tiga.xlsx", "-o", "tiga.talenta.xlsx", "-q");
    expect(r.code, r.err).toBe(0);
    expect(sheetNames(join(cli.dir, "tiga.talenta.xlsx"))).not.toContain("Jabatan Target");
  });

  it("a default output holding only the input's and Talenta's sheets (an earlier result) is replaced", () => {
    copyFileSync(join(cli.dir, "kategori.xlsx"), join(cli.dir, "ulang.xlsx"));
    expect(talenta("classify", "ulang.xlsx", "-q").code).toBe(0);
    const r = talenta("classify", "ulang.xlsx", "-q");
    expect(r.code, r.err).toBe(0);
  });

  it("a default output that is not a workbook is not replaced", () => {
    copyFileSync(join(cli.dir, "kategori.xlsx"), join(cli.dir, "catatan.xlsx"));
    writeFileSync(join(cli.dir, "catatan.talenta.xlsx"), "catatan rapat\n");
    const r = talenta("classify", "catatan.xlsx");
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(readFileSync(join(cli.dir, "catatan.talenta.xlsx"), "utf8")).toBe("catatan rapat\n");
  });
});

describe("files that are not what they seem", () => {
  it("an input that is a folder: one line, exit 1", () => {
    mkdirSync(join(cli.dir, "folder.xlsx"));
    const r = talenta("classify", "folder.xlsx");
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).toMatch(/folder/);
    expect(r.err).not.toMatch(/EISDIR/);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable input: one line, exit 1", () => {
    copyFileSync(join(cli.dir, "kategori.xlsx"), join(cli.dir, "rahasia.xlsx"));
    chmodSync(join(cli.dir, "rahasia.xlsx"), 0);
    const r = talenta("classify", "rahasia.xlsx");
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).not.toMatch(/EACCES/);
  });

  it("-o naming a folder: one line, exit 1, before any work", () => {
    mkdirSync(join(cli.dir, "hasil"));
    const r = talenta("classify", "kategori.xlsx", "-o", "hasil");
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).toMatch(/tidak dapat menulis hasil ke hasil: itu sebuah folder/);
  });

  it("a read-only output is refused in English too", () => {
    copyFileSync(join(cli.dir, "kategori.xlsx"), join(cli.dir, "ro.xlsx"));
    chmodSync(join(cli.dir, "ro.xlsx"), 0o444);
    const r = talenta("classify", "kategori.xlsx", "-o", "ro.xlsx", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot write the output to ro.xlsx: the file is read-only/);
  });

  it("a configuration in UTF-16BE with a byte-order mark is read", () => {
    const c = talenta("config", "--preset", "kategori");
    writeFileSync(join(cli.dir, "be.json"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(c.out, "utf16le").swap16()]));
    const r = talenta("classify", "kategori.xlsx", "--config", "be.json", "-o", "be.xlsx", "-q");
    expect(r.code, r.err).toBe(0);
  });

  it("a configuration that is not text says so, without quoting garbage", () => {
    writeFileSync(join(cli.dir, "bin.json"), Buffer.from([0x7b, 0xff, 0xfe, 0xfd, 0x7d, 0x80]));
    const r = talenta("classify", "kategori.xlsx", "--config", "bin.json", "-o", "bin.xlsx");
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).toMatch(/UTF-8/);
  });
});

describe("arguments", () => {
  it("an extra argument (the output without -o) is a usage error naming it", () => {
    const r = talenta("classify", "kategori.xlsx", "keluar.xlsx");
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toMatch(/keluar\.xlsx.*-o keluar\.xlsx/);
    expect(existsSync(join(cli.dir, "keluar.xlsx"))).toBe(false);
    expect(existsSync(join(cli.dir, "kategori.talenta.xlsx"))).toBe(false);
  });

  it("-o followed by another option is missing its file name", () => {
    const r = talenta("classify", "kategori.xlsx", "-o", "--quiet");
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe("talenta: -o perlu nama berkas");
    expect(existsSync(join(cli.dir, "--quiet"))).toBe(false);
  });

  it("--sheet followed by another option is missing its value, in English with --lang en", () => {
    const r = talenta("classify", "kategori.xlsx", "--sheet", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe("talenta: --sheet needs a value");
  });

  it("talenta help prints the usage", () => {
    const r = talenta("help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/talenta classify <input.xlsx>/);
  });

  it("--sheet ignores letter case, as Excel does", () => {
    const r = talenta("classify", "skor.xlsx", "--sheet", "hasil pemetaan", "-o", "s.xlsx", "--lang", "en");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Sheet: Hasil Pemetaan/m);
  });

  it("a sheet not found: the message lists the sheets there are", () => {
    const r = talenta("classify", "skor.xlsx", "--sheet", "Pemetaan", "-o", "s2.xlsx");
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).toMatch(/Lembar yang ada: "Hasil Pemetaan"/);
  });
});

describe("interrupted", () => {
  let big: Uint8Array;
  beforeAll(() => {
    big = makeAssessmentWorkbook(20_000);
  });

  /** Runs classify on the big workbook and sends `signal` when `when` says so; the exit code and the folder after. */
  function interrupt(name: string, signal: NodeJS.Signals, when: "first-file" | "soon"): Promise<{ code: number | null; left: string[]; here: string }> {
    const here = join(cli.dir, name);
    mkdirSync(here);
    writeFileSync(join(here, "besar.xlsx"), big);
    return new Promise((done) => {
      const child = spawn(process.execPath, [join(ROOT, "bin/talenta.cjs"), "classify", "besar.xlsx", "-q"], { cwd: here, stdio: "ignore" });
      let sent = false;
      const send = () => {
        if (sent) return;
        sent = true;
        child.kill(signal);
      };
      const watcher = watch(here, (_e, file) => {
        if (when === "first-file" && file && file !== "besar.xlsx") send();
      });
      // Long after the handlers are installed (module load), long before 20,000 rows are classified.
      if (when === "soon") setTimeout(send, 400);
      child.on("exit", (code) => {
        watcher.close();
        done({ code, here, left: readdirSync(here).filter((f) => f !== "besar.xlsx") });
      });
    });
  }

  it("exits 130 on Ctrl+C before the output is written, leaving nothing", async () => {
    const r = await interrupt("sela-awal", "SIGINT", "soon");
    expect(r.code).toBe(130);
    expect(r.left).toEqual([]);
  });

  it("exits 143 on SIGTERM (a stopped job) before the output is written", async () => {
    const r = await interrupt("sela-term", "SIGTERM", "soon");
    expect(r.code).toBe(143);
    expect(r.left).toEqual([]);
  });

  it("Ctrl+C while the output is written: the whole output or none, never the temporary file", async () => {
    const r = await interrupt("sela-tulis", "SIGINT", "first-file");
    expect(r.left.filter((f) => f !== "besar.talenta.xlsx")).toEqual([]);
    // A write already under way completes (it is synchronous): then the run may report success.
    if (r.left.length > 0) {
      expect([0, 130]).toContain(r.code);
      expect(sheetNames(join(r.here, "besar.talenta.xlsx"))).toContain("Talenta - Kotak 9");
    } else expect(r.code).toBe(130);
  });
});
