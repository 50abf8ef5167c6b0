// Wording of every issue code, per language. Each message says what to do next (STYLE: arquero's notes).
import { fieldLabel, type Lang } from "./field-labels";
import type { FieldId } from "./fields";
import { leavesRowUnclassified, type Issue, type IssueCode } from "./issues";

interface MessageParts {
  field: string;
  input: string;
  data: Record<string, string | number>;
  known: string;
  notClassified: boolean;
}

type Message = (p: MessageParts) => string;

/** A number written inside a message, as the language writes it: 695.7 → "695,7" in Indonesian (decimal comma). */
export function numberText(value: number, lang: Lang): string {
  const text = String(value);
  return lang === "id" ? text.replace(".", ",") : text;
}

/** Short name of each issue code for a column of a printed list (the code itself is for the program). */
export const ISSUE_LABELS: Readonly<Record<IssueCode, Readonly<Record<Lang, string>>>> = {
  "missing-value": { id: "Nilai kosong", en: "Empty value" },
  "out-of-scale": { id: "Di luar skala", en: "Out of scale" },
  "not-a-number": { id: "Bukan angka", en: "Not a number" },
  "formula-without-value": { id: "Rumus belum dihitung", en: "Formula not calculated" },
  "unknown-label": { id: "Isian tidak dikenal", en: "Unknown entry" },
  "nip-missing": { id: "NIP kosong", en: "NIP empty" },
  "nip-stored-as-number": { id: "NIP berupa angka", en: "NIP as a number" },
  "nip-invalid": { id: "NIP tidak sah", en: "NIP not valid" },
  "nip-duplicate": { id: "NIP ganda", en: "Duplicate NIP" },
  "invalid-date": { id: "Bukan tanggal", en: "Not a date" },
  "missing-column": { id: "Kolom tidak ada", en: "Column missing" },
};

const NIP_REASON: Readonly<Record<string, { id: string; en: string }>> = {
  length: { id: "bukan 18 digit", en: "is not 18 digits" },
  "birth-date": { id: "digit 1–8 bukan tanggal lahir yang sah", en: "digits 1–8 are not a valid date of birth" },
  tmt: {
    id: "digit 9–14 (TMT CPNS) tidak sah atau kurang dari 18 tahun setelah tanggal lahir",
    en: "digits 9–14 (TMT CPNS) are invalid or less than 18 years after birth",
  },
  gender: { id: "digit ke-15 bukan 1 atau 2", en: "digit 15 is not 1 or 2" },
};

const NOT_DIGITS = { id: "memuat huruf atau tanda selain angka (NIP hanya 18 angka)", en: "holds letters or signs besides digits (a NIP is 18 digits only)" };

/** Why a NIP is invalid; "not 18 digits" becomes "holds letters" when it does (`NIP. 1975…` typed into the cell). */
function nipReason(p: MessageParts): { id: string; en: string } | undefined {
  const reason = String(p.data.reason);
  return reason === "length" && /[^0-9]/.test(p.input) ? NOT_DIGITS : NIP_REASON[reason];
}

function scaleEnd(value: string | number | undefined, fallback: number, lang: Lang): string {
  const v = value ?? fallback;
  return typeof v === "number" ? numberText(v, lang) : v;
}

const KNOWN_LABELS: Partial<Record<FieldId, { id: string; en: string }>> = {
  predikat: {
    id: "Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang",
    en: "Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang",
  },
  kategoriKinerja: {
    id: "Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi",
    en: "Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi (or High, Medium, Low)",
  },
  kategoriPotensial: { id: "Tinggi, Menengah, Rendah", en: "Tinggi, Menengah, Rendah (or High, Medium, Low)" },
};

export const ISSUE_MESSAGES: Readonly<Record<IssueCode, Readonly<Record<Lang, Message>>>> = {
  "missing-value": {
    id: (p) => `${p.field} kosong; baris ini tidak diklasifikasi. Isi kolom ${p.field} atau pilih preset lain.`,
    en: (p) => `${p.field} is empty; the row is not classified. Fill in the ${p.field} column or choose another preset.`,
  },
  "out-of-scale": {
    id: (p) =>
      `nilai ${p.input} di luar skala ${scaleEnd(p.data.min, 0, "id")}–${scaleEnd(p.data.max, 100, "id")}; baris ini tidak diklasifikasi. ` +
      `Perbaiki nilainya atau atur skala kolom ${p.field} di konfigurasi.`,
    en: (p) =>
      `value ${p.input} is outside the scale ${scaleEnd(p.data.min, 0, "en")}–${scaleEnd(p.data.max, 100, "en")}; the row is not classified. ` +
      `Correct the value or set the scale of the ${p.field} column in the configuration.`,
  },
  "not-a-number": {
    id: (p) =>
      `"${p.input}" bukan angka${p.notClassified ? "; baris ini tidak diklasifikasi" : ""}. ` +
      `Tulis angka (misalnya 78,5) di kolom ${p.field}.`,
    en: (p) =>
      `"${p.input}" is not a number${p.notClassified ? "; the row is not classified" : ""}. ` +
      `Write a number (for example 78.5) in the ${p.field} column.`,
  },
  "formula-without-value": {
    id: (p) =>
      `${p.field} berisi rumus yang belum dihitung (berkas dibuat oleh program)${p.notClassified ? "; baris ini tidak diklasifikasi" : ""}. ` +
      `Buka berkas di Excel atau LibreOffice, simpan, lalu jalankan Talenta lagi.`,
    en: (p) =>
      `${p.field} holds a formula that was never calculated (the file was made by a program)${p.notClassified ? "; the row is not classified" : ""}. ` +
      `Open the file in Excel or LibreOffice, save it, then run Talenta again.`,
  },
  "unknown-label": {
    id: (p) => `"${p.input}" bukan ${p.field} yang dikenal; baris ini tidak diklasifikasi. Gunakan salah satu: ${p.known}.`,
    en: (p) => `"${p.input}" is not a known ${p.field}; the row is not classified. Use one of: ${p.known}.`,
  },
  "nip-missing": {
    id: () => "NIP kosong. Isi NIP 18 digit agar pegawai ini dapat dikenali di tabel suksesi.",
    en: () => "The NIP is empty. Fill in the 18-digit NIP so this employee can be identified in the succession tables.",
  },
  "nip-stored-as-number": {
    id: () =>
      "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks, lalu ketik ulang NIP-nya.",
    en: () =>
      "The NIP is stored as a number, so its last digits are lost. Format the NIP column as Text and type the NIP again.",
  },
  "nip-invalid": {
    id: (p) => `NIP ${p.input} ${nipReason(p)?.id ?? "tidak sah"}. Periksa dan perbaiki NIP-nya.`,
    en: (p) => `NIP ${p.input} ${nipReason(p)?.en ?? "is invalid"}. Check and correct the NIP.`,
  },
  "nip-duplicate": {
    id: (p) => `NIP ${p.input} muncul ${p.data.copies ?? 2} kali. Periksa apakah ini pegawai yang sama dan hapus baris gandanya.`,
    en: (p) => `NIP ${p.input} appears ${p.data.copies ?? 2} times. Check whether it is the same employee and remove the duplicate rows.`,
  },
  "invalid-date": {
    id: (p) => `"${p.input}" bukan tanggal. Tulis tanggal seperti 17-08-1980 di kolom ${p.field}.`,
    en: (p) => `"${p.input}" is not a date. Write a date such as 17-08-1980 in the ${p.field} column.`,
  },
  "missing-column": {
    id: (p) => `kolom ${p.field} tidak ditemukan; baris ini tidak diklasifikasi. Petakan kolom ${p.field} atau pilih preset lain.`,
    en: (p) => `no ${p.field} column was found; the row is not classified. Map the ${p.field} column or choose another preset.`,
  },
};

/** The issue as one sentence: "Sel D7: …" / "Cell D7: …", in the interface language. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const field = issue.field ? fieldLabel(issue.field, lang) : lang === "id" ? "nilai" : "value";
  const known = (issue.field && KNOWN_LABELS[issue.field]?.[lang]) || "";
  const text = ISSUE_MESSAGES[issue.code][lang]({
    field,
    // A number read from a cell is written the language's way (decimal comma in Indonesian); a NIP is a code, not a number.
    input:
      issue.input === undefined || issue.input === null
        ? ""
        : typeof issue.input === "number" && !issue.code.startsWith("nip-")
          ? numberText(issue.input, lang)
          : String(issue.input),
    data: issue.data ?? {},
    known,
    notClassified: leavesRowUnclassified(issue),
  });
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  if (issue.cell === undefined) return sentence;
  return `${lang === "id" ? "Sel" : "Cell"} ${issue.cell}: ${text}`;
}
