// Command-line wording, Indonesian first. Workbook read failures are translated here from their codes.
import type { Lang } from "../app/types";
import type { WorkbookReadError } from "../hosts/xlsx/errors";

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
    outputNotWritable: (p: string) => (id ? `tidak dapat menulis hasil ke ${p}` : `cannot write the output to ${p}`),
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
