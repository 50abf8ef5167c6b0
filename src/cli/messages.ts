// Command-line wording, Indonesian first. Workbook read failures are translated here from their codes.
import type { Lang } from "../app/types";
import type { WorkbookReadError } from "../hosts/xlsx/errors";
import { join, relative, isAbsolute } from "node:path";

const READ_ERRORS: Record<string, Record<Lang, string>> = {
  "not-zip": {
    id: "bukan buku kerja Excel (.xlsx). Simpan sebagai Excel Workbook (.xlsx) lalu ulangi.",
    en: "not an Excel workbook (.xlsx). Save it as Excel Workbook (.xlsx) and try again.",
  },
  csv: {
    id: "ini berkas teks/CSV, bukan buku kerja Excel. Buka di Excel atau LibreOffice dan simpan sebagai .xlsx.",
    en: "this is a text/CSV file, not an Excel workbook. Open it in Excel or LibreOffice and save it as .xlsx.",
  },
  ole: {
    id: "berkas Excel 97-2003 (.xls) atau .xlsx berkata sandi. Simpan sebagai Excel Workbook (.xlsx) tanpa kata sandi, lalu ulangi.",
    en: "an Excel 97-2003 (.xls) file or a password-protected .xlsx. Save it as Excel Workbook (.xlsx) without a password and try again.",
  },
  truncated: {
    id: "berkas rusak atau tidak lengkap (terpotong). Ambil salinan utuhnya lalu ulangi.",
    en: "the file is damaged or incomplete (truncated). Get a complete copy and try again.",
  },
  "too-large": {
    id: "isi berkas melebihi batas ukuran yang aman",
    en: "the file's content exceeds the safe size limit",
  },
  "unsafe-entry-name": {
    id: "berkas memuat bagian dengan nama di luar paket (tidak aman); berkas ditolak.",
    en: "the file holds a part named outside the package (unsafe); the file is refused.",
  },
  dtd: {
    id: "berkas memuat deklarasi DTD/entitas XML yang tidak diizinkan; berkas ditolak.",
    en: "the file holds an XML DTD/entity declaration, which is not allowed; the file is refused.",
  },
  malformed: {
    id: "isi XML berkas rusak. Buka dan simpan ulang di Excel, lalu ulangi.",
    en: "the file's XML is damaged. Open and re-save it in Excel, then try again.",
  },
  "not-a-workbook": {
    id: "berkas zip ini bukan buku kerja Excel (tidak ada xl/workbook.xml).",
    en: "this zip file is not an Excel workbook (no xl/workbook.xml).",
  },
  "strict-ooxml": {
    id: "buku kerja disimpan sebagai Strict Open XML Spreadsheet. Simpan sebagai Excel Workbook (.xlsx) lalu ulangi.",
    en: "the workbook is saved as Strict Open XML Spreadsheet. Save it as Excel Workbook (.xlsx) and try again.",
  },
};

const KIND_NAME: Record<string, Record<Lang, string>> = {
  xlsm: { id: "buku kerja bermakro (.xlsm)", en: "a macro-enabled workbook (.xlsm)" },
  xltx: { id: "templat Excel (.xltx)", en: "an Excel template (.xltx)" },
  xltm: { id: "templat bermakro (.xltm)", en: "a macro-enabled template (.xltm)" },
  xlam: { id: "add-in Excel (.xlam)", en: "an Excel add-in (.xlam)" },
  xlsx: { id: "buku kerja Excel (.xlsx)", en: "an Excel workbook (.xlsx)" },
};

export function workbookErrorMessage(e: WorkbookReadError, lang: Lang): string {
  const base = READ_ERRORS[e.code]?.[lang];
  if (!base) return e.message;
  // The host's own message carries the figures (e.g. the size limit); keep it for too-large.
  return e.code === "too-large" ? `${base}: ${e.message}` : base;
}

export function cliText(lang: Lang) {
  const id = lang === "id";
  return {
    needInput: id ? "sebutkan berkas masukan: talenta classify <input.xlsx>" : "name the input file: talenta classify <input.xlsx>",
    inputMissing: (p: string) => (id ? `berkas tidak ditemukan: ${p}` : `file not found: ${p}`),
    inputIsFolder: (p: string) => (id ? `${p} adalah folder, bukan berkas: sebutkan berkas .xlsx di dalamnya` : `${p} is a folder, not a file: name an .xlsx file in it`),
    inputUnreadable: (p: string) =>
      id ? `berkas ${p} tidak dapat dibaca (tidak ada izin membaca, atau sedang dikunci program lain)` : `cannot read ${p} (no permission to read it, or another program has it locked)`,
    outputNotWritable: (p: string) => (id ? `tidak dapat menulis hasil ke ${p}` : `cannot write the output to ${p}`),
    outputReadOnly: (p: string) =>
      id
        ? `tidak dapat menulis hasil ke ${p}: berkas itu hanya-baca (read-only) dan tidak ditimpa. Pilih nama lain dengan -o, atau hapus tanda hanya-baca bila memang boleh ditimpa.`
        : `cannot write the output to ${p}: the file is read-only and is not replaced. Choose another name with -o, or clear its read-only flag if it may be replaced.`,
    outputIsFolder: (p: string) =>
      id ? `tidak dapat menulis hasil ke ${p}: itu sebuah folder. Sebutkan nama berkas, misalnya -o ${join(p, "hasil.xlsx")}` : `cannot write the output to ${p}: it is a folder. Name a file, e.g. -o ${join(p, "result.xlsx")}`,
    /** The default output already holds sheets the input lacks: the user's work there, not a result to replace. */
    outputHoldsWork: (output: string, input: string, sheets: string[]) => {
      const list = sheets.map((s) => `"${s}"`).join(", ");
      return id
        ? `${output} sudah ada dan memuat lembar yang tidak ada di ${input} (${list}); berkas itu tidak ditimpa. Lanjutkan dari berkas itu: ${commandLine("classify", output)}, atau tulis hasil ke berkas lain dengan -o.`
        : `${output} already exists and holds sheets that ${input} lacks (${list}); it is not replaced. Go on from that file: ${commandLine("classify", output)}, or write the result to another file with -o.`;
    },
    outputNotWorkbook: (output: string) =>
      id
        ? `${output} sudah ada tetapi bukan buku kerja yang dapat dibaca; berkas itu tidak ditimpa. Pindahkan atau hapus berkas itu, atau tulis hasil ke berkas lain dengan -o.`
        : `${output} already exists but is not a readable workbook; it is not replaced. Move or delete it, or write the result to another file with -o.`,
    configNotText: (p: string) =>
      id ? `konfigurasi ${p} tidak terbaca: bukan teks UTF-8/UTF-16. Simpan berkasnya sebagai UTF-8 lalu ulangi.` : `cannot read configuration ${p}: it is not UTF-8/UTF-16 text. Save it as UTF-8 and try again.`,
    configUnreadable: (p: string, why: string) => (id ? `konfigurasi ${p} tidak terbaca: ${why}` : `cannot read configuration ${p}: ${why}`),
    progress: (step: string, ms: number) => `${id ? "Memproses" : "Working"}: ${STEP[step]?.[lang] ?? step} (${(ms / 1000).toFixed(1)} s)`,
    unknownPreset: (p: string) => (id ? `preset tidak dikenal: ${p}` : `unknown preset: ${p}`),
    outputKind: (p: string, kind: string) =>
      id
        ? `masukan adalah ${KIND_NAME[kind]?.id ?? kind}; Excel hanya membuka hasilnya dengan akhiran .${kind}: ganti -o ${p} menjadi nama berakhiran .${kind}`
        : `the input is ${KIND_NAME[kind]?.en ?? kind}; Excel opens the result only with the .${kind} extension: change -o ${p} to a name ending in .${kind}`,
  };
}

const STEP: Record<string, Record<Lang, string>> = {
  read: { id: "membaca lembar", en: "reading the sheet" },
  detect: { id: "mengenali kolom", en: "detecting columns" },
  classify: { id: "mengklasifikasi", en: "classifying" },
  report: { id: "menyusun keluaran", en: "building the output" },
  write: { id: "menulis", en: "writing" },
  done: { id: "selesai", en: "done" },
};

/**
 * A command the user can type as shown: the file relative to the current folder when it lies below it, in double
 * quotes when it holds anything but letters, digits and `._-/\\:` (spaces, parentheses, `&` …).
 */
export function commandLine(command: string, file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  const shown = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
  return `talenta ${command} ${/^[\w./\\:-]+$/.test(shown) ? shown : `"${shown}"`}`;
}

/** Wording of mistakes in the command line itself (exit 2). */
export function usageText(lang: Lang) {
  const id = lang === "id";
  return {
    needsValue: (flag: string) =>
      flag === "-o" || flag === "--output"
        ? id ? `${flag} perlu nama berkas` : `${flag} needs a file name`
        : id ? `${flag} perlu nilai` : `${flag} needs a value`,
    badLang: id ? "--lang hanya menerima id atau en" : "--lang takes id or en",
    unknownOption: (o: string) => (id ? `opsi tidak dikenal: ${o}` : `unknown option ${o}`),
    extraArgument: (command: string, extra: string) =>
      command === "classify" || command === "targets"
        ? id
          ? `argumen berlebih: ${extra} (untuk menamai berkas hasil, pakai -o ${extra})`
          : `unexpected argument: ${extra} (to name the output file, use -o ${extra})`
        : id ? `argumen berlebih: ${extra}` : `unexpected argument: ${extra}`,
    unknownCommand: (c: string) => (id ? `perintah tidak dikenal: "${c}"` : `unknown command "${c}"`),
  };
}

/** Wording of `--map` mistakes found before the workbook is read (exit 2). */
export function mapText(lang: Lang) {
  const id = lang === "id";
  return {
    unknownField: (m: string, field: string, fields: readonly string[]) =>
      id ? `--map ${m}: bidang tidak dikenal "${field}" (${fields.join(", ")})` : `--map ${m}: unknown field "${field}" (${fields.join(", ")})`,
    noTarget: (m: string) =>
      id ? `--map ${m}: sebutkan huruf kolom, judul kolom, atau none` : `--map ${m}: give a column letter, a header text, or none`,
    beyondLastColumn: (m: string, letters: string) =>
      id ? `--map ${m}: kolom ${letters} melewati kolom terakhir lembar Excel (XFD)` : `--map ${m}: column ${letters} is beyond the last column of an Excel sheet (XFD)`,
    twice: (m: string, field: string) =>
      id ? `--map ${m}: bidang ${field} sudah dipetakan oleh --map sebelumnya` : `--map ${m}: field ${field} is already mapped by an earlier --map`,
    sameColumn: (a: string, b: string, column: string) =>
      id ? `--map: ${a} dan ${b} dipetakan ke kolom yang sama (${column}); satu kolom hanya untuk satu bidang` : `--map: ${a} and ${b} are mapped to the same column (${column}); a column holds one field`,
  };
}
