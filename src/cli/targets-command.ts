// `talenta targets <file> [-o out]`: adds an empty, formatted `Jabatan Target` sheet (RULES §8) with
// dropdown lists, written like classify's output (beside the input unless -o names a file, atomically).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { addJabatanTargetSheet } from "../app/targets";
import { WorkbookReadError } from "../hosts/xlsx/errors";
import { XlsxHost } from "../hosts/xlsx/xlsx-host";
import type { CliArgs } from "./args";
import { assertWritable, defaultOutputPath, readInput, writeOutputAtomically } from "./files";
import { cliText, workbookErrorMessage } from "./messages";

function text(lang: CliArgs["lang"]) {
  const id = lang === "id";
  return {
    needInput: id ? "sebutkan berkas masukan: talenta targets <input.xlsx>" : "name the input file: talenta targets <input.xlsx>",
    exists: (sheet: string) =>
      id
        ? `buku kerja sudah punya lembar "${sheet}"; isinya milik Anda dan tidak ditimpa. Isi lembar itu lalu jalankan talenta classify.`
        : `the workbook already has a "${sheet}" sheet; its rows are yours and are not replaced. Fill it in, then run talenta classify.`,
    added: (sheet: string, out: string) =>
      id
        ? `Lembar "${sheet}" ditambahkan: isi satu jabatan target per baris (Jenjang, Pangkat dan Pendidikan punya daftar pilihan), lalu jalankan talenta classify.\nHasil: ${out}`
        : `Sheet "${sheet}" added: fill in one key position per row (Jenjang, Pangkat and Pendidikan have dropdown lists), then run talenta classify.\nOutput: ${out}`,
  };
}

export async function runTargets(args: CliArgs): Promise<number> {
  const t = { ...cliText(args.lang), ...text(args.lang) };
  const err = (msg: string, code = 1): number => {
    process.stderr.write(`talenta: ${msg}\n`);
    return code;
  };
  const input = args.positionals[0];
  if (!input) return err(t.needInput, 2);
  if (!existsSync(input)) return err(t.inputMissing(input));
  const output = resolve(args.output ?? defaultOutputPath(input));
  try {
    assertWritable(output);
  } catch {
    return err(t.outputNotWritable(output));
  }
  let host: XlsxHost;
  try {
    host = XlsxHost.open(readInput(input));
  } catch (e) {
    if (e instanceof WorkbookReadError) return err(`${input}: ${workbookErrorMessage(e, args.lang)}`);
    throw e;
  }
  const outcome = await addJabatanTargetSheet(host);
  if (!outcome.ok) return err(t.exists(outcome.sheet));
  try {
    writeOutputAtomically(output, host.save());
  } catch (e) {
    return err(t.outputNotWritable(output) + (e instanceof Error ? ` (${e.message})` : ""));
  }
  if (!args.quiet) process.stdout.write(t.added(outcome.sheet, output) + "\n");
  return 0;
}
