// Words of Talenta's own sheets that are not domain terms (those come from the domain glossary).
// A table, one entry per phrase, so the English interface is one lookup away.
import type { Lang } from "../domain/glossary";
import { fillPlaceholders, listText, percentText } from "./text-format";

const PHRASES = {
  kotak9Title: { id: "Peta Talenta – Kotak 9", en: "Talent Map – Nine Box" },
  source: { id: "Sumber", en: "Source" },
  sheet: { id: "Lembar", en: "Sheet" },
  preset: { id: "Preset", en: "Preset" },
  createdAt: { id: "Dibuat", en: "Created" },
  people: { id: "orang", en: "people" },
  person: { id: "orang", en: "person" },
  andMore: { id: "… dan {n} lainnya", en: "… and {n} more" },
  count: { id: "Jumlah", en: "Count" },
  percent: { id: "Persentase", en: "Percent" },
  rowsRead: { id: "Baris dibaca", en: "Rows read" },
  classified: { id: "Terklasifikasi", en: "Classified" },
  notClassified: { id: "Tidak terklasifikasi", en: "Not classified" },
  flagged: { id: "Terklasifikasi dengan catatan", en: "Classified with a note" },
  boxesList: { id: "kotak {list}", en: "boxes {list}" },
  boxOne: { id: "kotak {list}", en: "box {list}" },
  legend: { id: "Keterangan Kotak", en: "Box legend" },
  chartTitle: { id: "Sebaran Talenta", en: "Talent distribution" },
  chartData: { id: "Data grafik (dibuat oleh Talenta)", en: "Chart data (written by Talenta)" },
  validasiTitle: { id: "Validasi Data", en: "Data validation" },
  no: { id: "No", en: "No" },
  cell: { id: "Sel", en: "Cell" },
  row: { id: "Baris", en: "Row" },
  code: { id: "Jenis Masalah", en: "Issue" },
  severity: { id: "Tingkat", en: "Severity" },
  message: { id: "Keterangan", en: "Message" },
  error: { id: "Kesalahan", en: "Error" },
  warning: { id: "Peringatan", en: "Warning" },
  noIssues: { id: "Tidak ada baris yang perlu diperiksa.", en: "No row needs checking." },
  konfigurasiTitle: { id: "Konfigurasi Talenta", en: "Talenta configuration" },
  presetReason: { id: "Alasan pemilihan preset", en: "Why this preset" },
  regulation: { id: "Dasar", en: "Basis" },
  input: { id: "Masukan", en: "Input" },
  weight: { id: "Bobot", en: "Weight" },
  cutMid: { id: "Batas bawah level 2", en: "Lower bound of level 2" },
  cutHigh: { id: "Batas bawah level 3", en: "Lower bound of level 3" },
  categoryFrom: { id: "Kategori dari kolom", en: "Category from column" },
  predikatLevel: { id: "Level dari predikat kinerja tahun terakhir", en: "Level from the latest performance rating" },
  predikatPoints: { id: "Nilai predikat kinerja", en: "Performance rating points" },
  predikatYears: { id: "Tahun predikat", en: "Rating years" },
  latestYear: { id: "Tahun terakhir", en: "Latest year" },
  nilaiTalentaRule: { id: "Rumus Nilai Talenta", en: "Talent score formula" },
  meanOfAxes: { id: "Rata-rata kedua sumbu", en: "Mean of both axes" },
  poolBoxes: { id: "Kotak kelompok rencana suksesi", en: "Succession group boxes" },
  rulesVersion: { id: "Versi aturan", en: "Rules version" },
  appVersion: { id: "Versi Talenta", en: "Talenta version" },
  runAt: { id: "Waktu proses", en: "Run time" },
  headerRows: { id: "Baris judul kolom", en: "Header rows" },
  dataRows: { id: "Baris data", en: "Data rows" },
  columnMapping: { id: "Pemetaan kolom", en: "Column mapping" },
  field: { id: "Isian", en: "Field" },
  column: { id: "Kolom", en: "Column" },
  header: { id: "Judul kolom", en: "Header" },
  year: { id: "Tahun", en: "Year" },
  configJson: { id: "Konfigurasi lengkap (JSON)", en: "Full configuration (JSON)" },
  general: { id: "Umum", en: "General" },
  resultColumns: { id: "Kolom hasil", en: "Result columns" },
  points: { id: "poin", en: "points" },
  mean: { id: "rata-rata", en: "mean" },
  otherwise: { id: "jika kolomnya tidak ada:", en: "if its columns are missing:" },
  capAt: { id: "maks. {n} dalam jumlah", en: "at most {n} in a sum" },
  scaleNote: { id: "skala {scale}", en: "scale {scale}" },
  valueFrom: { id: "Asal nilai", en: "Value from" },
  level: { id: "Level", en: "Level" },
} as const satisfies Record<string, { id: string; en: string }>;

export type PhraseKey = keyof typeof PHRASES;

/** The phrase in `lang`, with `{name}` placeholders filled from `vars`. */
export function phrase(key: PhraseKey, lang: Lang, vars?: Record<string, string | number>): string {
  return fillPlaceholders(PHRASES[key][lang], vars);
}

/** Cell values of the Kelompok Rencana Suksesi column (the header already names the group). */
export const POOL_SHORT = {
  instansi: { id: "Instansi", en: "Agency" },
  nasional: { id: "Nasional", en: "National" },
} as const;

// Counted words: English says "1 person" and "box 9", "2 people" and "boxes 7, 8, 9"; Indonesian nouns do not
// change with the number. Every sheet that counts people or lists boxes says it through these.

/** "12 orang", "1 person", "2 people". */
export function peopleText(count: number, lang: Lang): string {
  return `${count} ${phrase(count === 1 ? "person" : "people", lang)}`;
}

/** "kotak 7, 8, 9", "box 9", "boxes 7, 8, 9": the boxes in ascending order. */
export function boxesText(boxes: readonly number[], lang: Lang): string {
  const sorted = [...boxes].sort((a, b) => a - b);
  return phrase(sorted.length === 1 ? "boxOne" : "boxesList", lang, { list: listText(sorted) });
}

/** A box's count: "12 orang · 25,0%", "1 person · 1.6%"; the percent is of the classified rows. */
export function boxCountText(count: number, classified: number, lang: Lang): string {
  const people = peopleText(count, lang);
  return classified > 0 ? `${people} · ${percentText(count / classified, lang)}` : people;
}
