// `talenta targets <file> [-o out]`: adds an empty, formatted `Jabatan Target` sheet (RULES §8) with
// dropdown lists, written like classify's output (beside the input unless -o names a file, atomically).
import { addJabatanTargetSheet } from "../app/targets";
import type { CliArgs } from "./args";
import { commandLine } from "./messages";
import { fail, openForEdit, saveEdited } from "./workbook-io";

function text(lang: CliArgs["lang"]) {
  const id = lang === "id";
  return {
    needInput: id ? "sebutkan berkas masukan: talenta targets <input.xlsx>" : "name the input file: talenta targets <input.xlsx>",
    exists: (sheet: string, input: string) =>
      id
        ? `buku kerja sudah punya lembar "${sheet}"; isinya milik Anda dan tidak ditimpa. Isi lembar itu lalu jalankan: ${commandLine("classify", input)}`
        : `the workbook already has a "${sheet}" sheet; its rows are yours and are not replaced. Fill it in, then run: ${commandLine("classify", input)}`,
    // The sheet is in the output, not in the input: the next command names the output, or the rows typed there
    // would not be read (and `classify <input>` would refuse to replace the file holding them).
    added: (sheet: string, out: string) =>
      id
        ? `Lembar "${sheet}" ditambahkan ke ${out}: isi satu jabatan target per baris (Jenjang, Pangkat dan Pendidikan punya daftar pilihan), simpan, lalu jalankan:\n  ${commandLine("classify", out)}\nHasil: ${out}`
        : `Sheet "${sheet}" added to ${out}: fill in one key position per row (Jenjang, Pangkat and Pendidikan have dropdown lists), save, then run:\n  ${commandLine("classify", out)}\nOutput: ${out}`,
  };
}

export async function runTargets(args: CliArgs): Promise<number> {
  const t = text(args.lang);
  const opened = await openForEdit(args, t.needInput);
  if (typeof opened === "number") return opened;
  const outcome = await addJabatanTargetSheet(opened.host);
  if (!outcome.ok) return fail(t.exists(outcome.sheet, opened.input));
  const saved = await saveEdited(opened.host, opened.output, args.lang);
  if (saved !== 0) return saved;
  if (!args.quiet) process.stdout.write(t.added(outcome.sheet, opened.output) + "\n");
  return 0;
}
