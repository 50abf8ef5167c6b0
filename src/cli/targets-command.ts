// `talenta targets <file> [-o out]`: adds an empty, formatted `Jabatan Target` sheet (RULES §8) with
// dropdown lists, written like classify's output (beside the input unless -o names a file, atomically).
import { addJabatanTargetSheet } from "../app/targets";
import type { CliArgs } from "./args";
import { fail, openForEdit, saveEdited } from "./workbook-io";

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
  const t = text(args.lang);
  const opened = openForEdit(args, t.needInput);
  if (typeof opened === "number") return opened;
  const outcome = await addJabatanTargetSheet(opened.host);
  if (!outcome.ok) return fail(t.exists(outcome.sheet));
  const saved = await saveEdited(opened.host, opened.output, args.lang);
  if (saved !== 0) return saved;
  if (!args.quiet) process.stdout.write(t.added(outcome.sheet, opened.output) + "\n");
  return 0;
}
