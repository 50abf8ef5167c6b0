// Wording of run-level outcomes (the glossary words row issues). Indonesian first, English second.
import type { Lang, RunErrorCode } from "./types";
import { fieldLabel } from "../domain/glossary";
import type { FieldId } from "../domain/fields";

/** Field ids as the user reads them ("Nilai Potensi", not nilaiPotensi). */
function labels(ids: readonly string[], lang: Lang): string {
  return ids.map((f) => fieldLabel(f as FieldId, lang)).join(", ");
}

type Data = Record<string, unknown> | undefined;

const RUN_ERRORS: Record<RunErrorCode, Record<Lang, (d: Data) => string>> = {
  "sheet-not-found": {
    id: (d) => `Lembar "${d?.sheet ?? ""}" tidak ditemukan di buku kerja. Periksa nama lembar (--sheet).`,
    en: (d) => `Sheet "${d?.sheet ?? ""}" was not found in the workbook. Check the sheet name (--sheet).`,
  },
  "sheet-protected": {
    id: (d) => `Lembar "${d?.sheet ?? ""}" diproteksi. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu ulangi.`,
    en: (d) => `Sheet "${d?.sheet ?? ""}" is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
  },
  "empty-sheet": {
    id: (d) => `Tidak ada data di lembar "${d?.sheet ?? ""}".`,
    en: (d) => `No data found on sheet "${d?.sheet ?? ""}".`,
  },
  "no-header": {
    id: (d) =>
      `Baris judul kolom tidak ditemukan di lembar "${d?.sheet ?? ""}". Dicari kolom seperti: ${list(d?.lookedFor)}. ` +
      `Pastikan ada baris judul dengan NIP dan nilai/predikat, atau pilih baris judul secara manual.`,
    en: (d) =>
      `No header row found on sheet "${d?.sheet ?? ""}". Looked for columns such as: ${list(d?.lookedFor)}. ` +
      `Make sure a header row with NIP and scores/predikat exists, or pick the header row by hand.`,
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
