// One glossary: every domain term, result column, owned sheet and level label, in Indonesian and English.
// UI labels, generated headers and the English interface read from here; nobody types a term twice.
export type { Lang } from "./field-labels";
export { FIELD_LABELS, fieldLabel } from "./field-labels";
export { ISSUE_MESSAGES, formatIssue } from "./issue-messages";
export { KOTAK_INFO, POOL_LABELS } from "./ninebox";

export interface Term {
  id: string;
  label: { id: string; en: string };
  meaning: string;
  /** Where the term is defined: RULES.md or reference/domain.md section. */
  source: string;
}

export const TERMS: readonly Term[] = [
  { id: "kinerja", label: { id: "Kinerja", en: "Performance" }, meaning: "The Y axis of the nine-box grid; levels Di Bawah / Sesuai / Di Atas Ekspektasi.", source: "RULES §1; reference §1.1" },
  { id: "potensial", label: { id: "Potensial", en: "Potential" }, meaning: "The X axis of the nine-box grid; levels Rendah / Menengah / Tinggi.", source: "RULES §1; reference §1.1" },
  { id: "nilaiPotensi", label: { id: "Nilai Potensi", en: "Potential profile score" }, meaning: "An input column (profiling/assessment of the 8 potential aspects), not the potensial axis itself.", source: "RULES §5; reference §3.1" },
  { id: "kotak", label: { id: "Kotak", en: "Box" }, meaning: "One of the nine boxes, numbered 1–9 as in PermenPANRB 3/2020.", source: "RULES §1; reference §1.2" },
  { id: "kategori", label: { id: "Kategori", en: "Category" }, meaning: "The official text of a box (kinerja … dan potensial …).", source: "RULES §1; reference §1.2" },
  { id: "rekomendasi", label: { id: "Rekomendasi", en: "Recommendation" }, meaning: "The official follow-up actions for a box.", source: "RULES §1; reference §1.2" },
  { id: "kelompokRencanaSuksesi", label: { id: "Kelompok Rencana Suksesi", en: "Succession group" }, meaning: "The talent pool: Instansi = boxes 7, 8, 9; Nasional = box 9.", source: "RULES §1; reference §1.3" },
  { id: "talentPool", label: { id: "Talent Pool", en: "Talent pool" }, meaning: "The civil servants in the Kelompok Rencana Suksesi.", source: "RULES §1, §8" },
  { id: "predikat", label: { id: "Predikat Kinerja", en: "Performance rating" }, meaning: "Yearly rating Sangat Baik … Sangat Kurang (PermenPANRB 6/2022); the latest year counts.", source: "RULES §3; reference §2.1" },
  { id: "skp", label: { id: "SKP", en: "Employee work targets (SKP)" }, meaning: "Sasaran Kinerja Pegawai; numeric on 0–100 (PP 46/2011) or 0–120 (PP 30/2019).", source: "RULES §3; reference §2.1" },
  { id: "jpm", label: { id: "JPM", en: "Job Person Match" }, meaning: "Competency level over the position's standard, in percent; counts at most 100 in a sum.", source: "RULES §4; reference §3.3" },
  { id: "asesmen", label: { id: "Asesmen", en: "Assessment" }, meaning: "Assessment result; in PermenPANRB 3/2020 50% of potensial.", source: "RULES §5; reference §4.3" },
  { id: "rekamJejak", label: { id: "Rekam Jejak", en: "Track record" }, meaning: "Score of education, rank, positions, training and discipline history.", source: "RULES §5; reference §3.4" },
  { id: "pertimbanganLainnya", label: { id: "Pertimbangan Lainnya", en: "Other considerations" }, meaning: "Remaining potensial component of PermenPANRB 3/2020 (10%).", source: "RULES §5; reference §4.3" },
  { id: "nilaiTalenta", label: { id: "Nilai Talenta", en: "Talent score" }, meaning: "One number per person from both axes (BKN 411/2025: 0.5·X + 0.5·Y).", source: "RULES §5; reference §4.1" },
  { id: "cut", label: { id: "Batas Nilai", en: "Cut-off" }, meaning: "Lowest score of a level, inclusive: 80 for level 3 and 60 for level 2 by default.", source: "RULES §2; reference §1.4" },
  { id: "preset", label: { id: "Preset", en: "Preset" }, meaning: "A named choice of inputs and weights per axis.", source: "RULES §5; reference §4" },
  { id: "nip", label: { id: "NIP", en: "Civil servant ID (NIP)" }, meaning: "18 digits: birth date, TMT CPNS, gender digit, sequence number.", source: "RULES §6; reference §7.1" },
  { id: "tmtCpns", label: { id: "TMT CPNS", en: "Civil service start date" }, meaning: "Year and month of appointment as candidate civil servant (NIP digits 9–14).", source: "RULES §6; reference §7.1" },
  { id: "bup", label: { id: "Batas Usia Pensiun", en: "Retirement age" }, meaning: "58, 60 or 65 by position.", source: "RULES §8; reference §5.6" },
  { id: "suksesi", label: { id: "Suksesi", en: "Succession" }, meaning: "Candidates per key position from the talent pool.", source: "RULES §8; reference §5" },
  { id: "jabatanTarget", label: { id: "Jabatan Target", en: "Target position" }, meaning: "A key position that needs successors.", source: "RULES §8" },
  { id: "eselon", label: { id: "Eselon", en: "Echelon" }, meaning: "Structural level II.a … IV.b, mapped to JPT Pratama, Administrator, Pengawas.", source: "RULES §8; reference §7.3" },
  { id: "indeksSistemMerit", label: { id: "Indeks Sistem Merit", en: "Merit system index" }, meaning: "Agency score 100–400; IV Sangat Baik from 325.", source: "RULES §8; reference §6" },
];

/** RULES §7: result columns, in this order, to the right of the data. */
export const RESULT_COLUMNS: readonly { id: string; label: { id: string; en: string } }[] = [
  { id: "nilaiKinerja", label: { id: "Nilai Kinerja (Y)", en: "Performance score (Y)" } },
  { id: "nilaiPotensial", label: { id: "Nilai Potensial (X)", en: "Potential score (X)" } },
  { id: "kinerja", label: { id: "Kinerja", en: "Performance" } },
  { id: "potensial", label: { id: "Potensial", en: "Potential" } },
  { id: "kotak", label: { id: "Kotak", en: "Box" } },
  { id: "kategori", label: { id: "Kategori", en: "Category" } },
  { id: "rekomendasi", label: { id: "Rekomendasi", en: "Recommendation" } },
  { id: "kelompokRencanaSuksesi", label: { id: "Kelompok Rencana Suksesi", en: "Succession group" } },
  { id: "nilaiTalenta", label: { id: "Nilai Talenta", en: "Talent score" } },
  { id: "catatanTalenta", label: { id: "Catatan Talenta", en: "Talenta notes" } },
];

/** Sheets Talenta owns (RULES §7). Their names stay Indonesian in both languages. */
export const SHEET_NAMES = {
  kotak9: "Talenta - Kotak 9",
  suksesi: "Talenta - Suksesi",
  validasi: "Talenta - Validasi",
  konfigurasi: "Talenta - Konfigurasi",
  talentPool: "Talenta - Talent Pool",
  ringkasan: "Talenta - Ringkasan",
} as const;

/** RULES §1 level names per axis; index 1..3. */
export const LEVEL_LABELS: Readonly<Record<"kinerja" | "potensial", Readonly<Record<1 | 2 | 3, { id: string; en: string }>>>> = {
  kinerja: {
    1: { id: "Di Bawah Ekspektasi", en: "Below expectations" },
    2: { id: "Sesuai Ekspektasi", en: "Meets expectations" },
    3: { id: "Di Atas Ekspektasi", en: "Above expectations" },
  },
  potensial: {
    1: { id: "Rendah", en: "Low" },
    2: { id: "Menengah", en: "Medium" },
    3: { id: "Tinggi", en: "High" },
  },
};

/** RULES §3 predikat names as written in PermenPANRB 6/2022. */
export const PREDIKAT_LABELS = {
  sangatBaik: { id: "Sangat Baik", en: "Very good" },
  baik: { id: "Baik", en: "Good" },
  butuhPerbaikan: { id: "Butuh Perbaikan", en: "Needs improvement" },
  kurang: { id: "Kurang", en: "Poor" },
  sangatKurang: { id: "Sangat Kurang", en: "Very poor" },
} as const;
