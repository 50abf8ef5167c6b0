// Wording of run-level outcomes (the glossary words row issues). Indonesian first, English second.
import type { Lang, RunErrorCode } from "./types";
import { FIELD_LABELS, fieldLabel } from "../domain/glossary";
import type { FieldId } from "../domain/fields";

/** Field ids as the user reads them ("Nilai Potensi", not nilaiPotensi). */
function labels(ids: readonly string[], lang: Lang): string {
  return ids.map((f) => (Object.hasOwn(FIELD_LABELS, f) ? fieldLabel(f as FieldId, lang) : f)).join(", ");
}

type Data = Record<string, unknown> | undefined;

const RUN_ERRORS: Record<RunErrorCode, Record<Lang, (d: Data) => string>> = {
  "sheet-not-found": {
    id: (d) => `Lembar "${d?.sheet ?? ""}" tidak ditemukan di buku kerja. ${sheetList(d, "id")}Periksa nama lembar (--sheet).`,
    en: (d) => `Sheet "${d?.sheet ?? ""}" was not found in the workbook. ${sheetList(d, "en")}Check the sheet name (--sheet).`,
  },
  "sheet-protected": {
    id: (d) => `Lembar "${d?.sheet ?? ""}" diproteksi. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu ulangi.`,
    en: (d) => `Sheet "${d?.sheet ?? ""}" is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
  },
  "empty-sheet": {
    id: (d) => `Tidak ada data di lembar "${d?.sheet ?? ""}".`,
    en: (d) => `No data found on sheet "${d?.sheet ?? ""}".`,
  },
  // Neither the pane nor the command line can name the header row: the advice is what the user can change.
  "no-header": {
    id: (d) =>
      `Baris judul kolom tidak ditemukan di lembar "${d?.sheet ?? ""}". Dicari kolom seperti: ${list(d?.lookedFor)}. ` +
      `Pastikan data diawali satu baris judul (atau dua baris bergabung) yang memuat NIP dan nilai/predikat, lalu ulangi.`,
    en: (d) =>
      `No header row found on sheet "${d?.sheet ?? ""}". Looked for columns such as: ${list(d?.lookedFor)}. ` +
      `Make sure the data starts below a header row (or two merged rows) holding NIP and scores/predikat, then try again.`,
  },
  "map-header-not-found": {
    id: (d) =>
      `Judul kolom "${d?.header ?? ""}" (untuk ${labels([String(d?.field ?? "")], "id")}) tidak ditemukan di lembar "${d?.sheet ?? ""}". ` +
      `Periksa ejaannya, atau sebutkan huruf kolomnya (--map ${d?.field ?? ""}=H).`,
    en: (d) =>
      `Header "${d?.header ?? ""}" (for ${labels([String(d?.field ?? "")], "en")}) was not found on sheet "${d?.sheet ?? ""}". ` +
      `Check its spelling, or give the column letter (--map ${d?.field ?? ""}=H).`,
  },
  "map-column-empty": {
    id: (d) =>
      `Kolom ${d?.column ?? ""} (untuk ${labels([String(d?.field ?? "")], "id")}) kosong di lembar "${d?.sheet ?? ""}". ` +
      `Periksa huruf kolomnya, atau sebutkan judul kolomnya (--map ${d?.field ?? ""}="Judul Kolom").`,
    en: (d) =>
      `Column ${d?.column ?? ""} (for ${labels([String(d?.field ?? "")], "en")}) is empty on sheet "${d?.sheet ?? ""}". ` +
      `Check the column letter, or give its header text (--map ${d?.field ?? ""}="Header text").`,
  },
  "map-same-column": {
    id: (d) => `${fieldsOf(d, "id").join(" dan ")} dipetakan ke kolom yang sama (${d?.column ?? ""}); satu kolom hanya untuk satu bidang.`,
    en: (d) => `${fieldsOf(d, "en").join(" and ")} are mapped to the same column (${d?.column ?? ""}); a column holds one field.`,
  },
  "preset-inputs-missing": {
    id: (d) => `Kolom yang dibutuhkan preset ${d?.preset ?? ""} tidak ditemukan: ${missingText(d, "id")}. Petakan kolomnya (--map) atau pilih preset lain (--preset).`,
    en: (d) => `Columns needed by preset ${d?.preset ?? ""} were not found: ${missingText(d, "en")}. Map the columns (--map) or choose another preset (--preset).`,
  },
  "data-filtered": {
    id: (d) =>
      `${d?.table ? `Tabel "${d.table}" di lembar "${d?.sheet ?? ""}"` : `Data di lembar "${d?.sheet ?? ""}"`} sedang difilter. ` +
      `Talenta mengklasifikasi setiap baris, termasuk baris yang disembunyikan filter, dan Excel tidak dapat menulis hasil dengan benar selama filter aktif. ` +
      `Hapus filternya (Data › Hapus), lalu ulangi. Buku kerja tidak diubah.`,
    en: (d) =>
      `${d?.table ? `Table "${d.table}" on sheet "${d?.sheet ?? ""}"` : `The data on sheet "${d?.sheet ?? ""}"`} is filtered. ` +
      `Talenta classifies every row, including rows the filter hides, and Excel cannot write the results correctly while a filter is on. ` +
      `Clear the filter (Data › Clear), then try again. Nothing in the workbook was changed.`,
  },
  "invalid-config": {
    id: (d) => `Konfigurasi tidak sah: ${issuesText(d)}.`,
    en: (d) => `Invalid configuration: ${issuesText(d)}.`,
  },
};

export function runErrorMessage(code: RunErrorCode, lang: Lang, data?: Record<string, unknown>): string {
  return RUN_ERRORS[code][lang](data);
}

/** The fields a mapping error names, as the user reads them. */
function fieldsOf(d: Data, lang: Lang): string[] {
  return Array.isArray(d?.fields) ? (d.fields as string[]).map((f) => labels([f], lang)) : [];
}

/** "Sheets in the workbook: "A", "B". " — empty when the caller gave no list. */
function sheetList(d: Data, lang: Lang): string {
  if (!Array.isArray(d?.available) || d.available.length === 0) return "";
  const names = (d.available as string[]).slice(0, 12).map((n) => `"${n}"`).join(", ");
  const more = d.available.length > 12 ? ", …" : "";
  return lang === "id" ? `Lembar yang ada: ${names}${more}. ` : `Sheets in the workbook: ${names}${more}. `;
}

function list(v: unknown): string {
  return Array.isArray(v) ? v.slice(0, 8).join(", ") : "";
}

function missingText(d: Data, lang: Lang): string {
  if (Array.isArray(d?.missing)) return labels(d.missing as string[], lang);
  if (Array.isArray(d?.candidates)) {
    return (d.candidates as { presetId: string; missing: string[] }[])
      .map((c) => `${c.presetId}: ${labels(c.missing, lang)}`)
      .join("; ");
  }
  return "";
}

function issuesText(d: Data): string {
  if (!Array.isArray(d?.issues)) return "";
  return (d.issues as { path?: unknown; message?: string }[])
    .map((i) => `${Array.isArray(i.path) ? i.path.join(".") : String(i.path ?? "")}: ${i.message ?? ""}`)
    .join("; ");
}

export type PresetReason =
  | { kind: "request" | "preset" | "saved" }
  | { kind: "auto"; presetId: string; skipped: { presetId: string; missing: string[] }[] };

export function presetReasonText(reason: PresetReason, lang: Lang): string {
  const id = lang === "id";
  switch (reason.kind) {
    case "request":
      return id ? "Konfigurasi diberikan oleh pengguna." : "Configuration given by the user.";
    case "preset":
      return id ? "Preset dipilih oleh pengguna." : "Preset chosen by the user.";
    case "saved":
      return id ? "Konfigurasi tersimpan di buku kerja dari proses sebelumnya." : "Configuration saved in the workbook by an earlier run.";
    case "auto": {
      const skipped = reason.skipped.map((s) => `${s.presetId} (${id ? "tanpa" : "missing"} ${labels(s.missing, lang)})`);
      const head = id
        ? `Dipilih otomatis: preset pertama yang semua masukannya ada di lembar (${reason.presetId}).`
        : `Chosen automatically: the first preset whose every input is on the sheet (${reason.presetId}).`;
      if (skipped.length === 0) return head;
      return `${head} ${id ? "Dilewati" : "Skipped"}: ${skipped.join("; ")}.`;
    }
  }
}
