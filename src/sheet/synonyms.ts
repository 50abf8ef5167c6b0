// Header spellings seen in real BKPSDM sheets (reference §8.2, the fixtures, RULES §3–§6), per field.
// Matching ignores case, punctuation and spacing (normalise.ts), so one spelling covers
// `Pangkat/Gol. Ruang`, `PANGKAT / GOL RUANG` and `Pangkat Gol Ruang`. A spelling belongs to one field only
// (a test checks it). Headers whose field depends on the column's content are in CONTENT_DECIDED.
import type { FieldId } from "../domain/fields";

export const FIELD_SYNONYMS: Record<FieldId, string[]> = {
  nip: ["NIP", "NIP Baru", "NIP 18 Digit", "Nomor Induk Pegawai", "NIP Pegawai", "NIP ASN", "NIP/NRP", "NI PPPK"],
  nama: [
    "Nama", "Nama Pegawai", "Nama Lengkap", "Nama PNS", "Nama ASN", "Nama Pejabat", "Nama dan Gelar",
    "Nama Lengkap dan Gelar", "Nama Lengkap (dengan Gelar)", "Name",
  ],
  jabatan: [
    "Jabatan", "Nama Jabatan", "Jabatan Saat Ini", "Jabatan Sekarang", "Jabatan Terakhir", "Jabatan Definitif",
    "Jabatan Saat Ini (Definitif)",
  ],
  jenjang: ["Jenjang", "Jenjang Jabatan", "Jenis Jabatan", "Tingkat Jabatan", "Level Jabatan", "Kelompok Jabatan"],
  eselon: ["Eselon", "Eselonering", "Esl", "Tingkat Eselon"],
  unitKerja: [
    "Unit Kerja", "Unit Organisasi", "Unor", "OPD", "Perangkat Daerah", "SKPD", "Satuan Kerja", "Satker",
    "Instansi", "Unit Eselon I", "Unit Eselon 1", "UE1", "Nama Unit", "Unit", "Unit Kerja (OPD)", "Nama OPD",
  ],
  pangkat: [
    "Pangkat", "Golongan", "Gol", "Golru", "Gol. Ruang", "Golongan Ruang", "Gol/Ruang", "Pangkat/Gol. Ruang",
    "Pangkat/Golongan", "Pangkat/Gol", "Pangkat/Golongan Ruang", "Pangkat (Gol. Ruang)", "Pangkat Golongan",
  ],
  pendidikan: [
    "Pendidikan", "Pendidikan Terakhir", "Jenjang Pendidikan", "Tingkat Pendidikan Terakhir", "Pendidikan Formal",
    "Pend. Terakhir", "Pendidikan Tertinggi", "Strata Pendidikan",
  ],
  jurusan: [
    "Jurusan", "Bidang Ilmu", "Bidang Studi", "Program Studi", "Prodi", "Jurusan/Bidang Studi", "Bidang Keilmuan",
    "Jurusan Pendidikan", "Jurusan/Program Studi", "Rumpun Ilmu",
  ],
  tanggalLahir: ["Tanggal Lahir", "Tgl Lahir", "Tgl. Lahir", "Tanggal Kelahiran", "Tempat, Tanggal Lahir", "Tempat/Tgl Lahir", "TTL"],
  tmtJabatan: ["TMT Jabatan", "TMT Jabatan Terakhir", "TMT Menduduki Jabatan", "Tanggal Mulai Jabatan", "TMT Eselon"],
  hukumanDisiplin: [
    "Hukuman Disiplin", "Hukdis", "Jenis Hukuman Disiplin", "Riwayat Hukuman Disiplin", "Tingkat Hukuman Disiplin",
    "Status Hukuman Disiplin", "Indisipliner",
  ],
  tanggalHukumanDisiplin: [
    "Tanggal Hukuman Disiplin", "TMT Hukdis", "TMT Hukuman Disiplin", "Tgl Hukuman Disiplin", "Tanggal Hukdis",
    "Tgl Hukdis", "Tanggal SK Hukuman Disiplin",
  ],
  preferensiKarier: [
    "Preferensi Karier", "Preferensi Karir", "Minat Karier", "Minat Karir", "Aspirasi Karier", "Aspirasi Karir",
    "Pilihan Karier",
  ],
  predikat: [
    "Predikat Kinerja", "Predikat", "Predikat SKP", "Predikat Kinerja Pegawai", "Predikat Evaluasi Kinerja",
    "Rating Kinerja", "Hasil Evaluasi Kinerja",
  ],
  nilaiSkp: ["Nilai SKP", "SKP", "Nilai Prestasi Kerja", "Prestasi Kerja", "Nilai Capaian SKP", "Nilai Akhir SKP", "Hasil Akhir SKP"],
  nilaiKinerja: [
    "Nilai Kinerja", "Nilai Kinerja (Sumbu Y)", "Sumbu Y", "Nilai Sumbu Y", "Nilai Y", "Skor Kinerja",
    "Total Nilai Kinerja", "Total Y", "Skor Y",
  ],
  kategoriKinerja: [
    "Kategori Kinerja", "KK", "Level Kinerja", "Tingkat Kinerja", "Pemeringkatan Kinerja", "Klasifikasi Kinerja",
  ],
  penghargaan: ["Penghargaan", "Nilai Penghargaan", "Prestasi/Penghargaan", "Penghargaan/Prestasi"],
  penugasanTimKerja: ["Penugasan Tim Kerja", "Penugasan dalam Tim Kerja", "Nilai Penugasan Tim Kerja", "Tim Kerja", "Penugasan Tim"],
  umpanBalik360: [
    "Umpan Balik 360", "Umpan Balik 360 Derajat", "Nilai Umpan Balik 360", "Umpan Balik", "Feedback 360",
    "360 Feedback", "Penilaian 360",
  ],
  nilaiPotensial: [
    "Nilai Potensial", "Nilai Potensial (Sumbu X)", "Sumbu X", "Nilai Sumbu X", "Nilai X", "Skor Potensial",
    "Total Nilai Potensial", "Total X", "Skor X",
  ],
  kategoriPotensial: [
    "Kategori Potensial", "KP", "Level Potensial", "Tingkat Potensial", "Pemeringkatan Potensial",
    "Klasifikasi Potensial", "Kategori Potensi",
  ],
  asesmen: ["Hasil Asesmen", "Nilai Asesmen", "Asesmen", "Nilai Assessment", "Nilai Asessment", "Hasil Assessment", "Assessment"],
  nilaiPotensi: ["Nilai Potensi", "Potensi", "Skor Potensi", "Hasil Penilaian Potensi", "Penilaian Potensi"],
  jpm: [
    "JPM", "JPM (%)", "Job Person Match", "Job Person Match (JPM)", "Nilai JPM", "Persentase JPM", "% JPM", "Potkom",
    "Potkom (Jabatan Saat Ini)",
  ],
  rekamJejak: ["Nilai Rekam Jejak", "Rekam Jejak", "Skor Rekam Jejak", "Track Record"],
  pertimbanganLainnya: ["Pertimbangan Lainnya", "Nilai Pertimbangan Lainnya", "Pertimbangan Lain", "Pertimbangan Lain-lain"],
  kompetensi: ["Kompetensi", "Nilai Kompetensi", "Skor Kompetensi"],
  penilaianKompetensi: ["Penilaian Kompetensi", "Hasil Penilaian Kompetensi", "Uji Kompetensi", "Hasil Uji Kompetensi"],
  pengembanganKompetensi: ["Pengembangan Kompetensi", "Nilai Pengembangan Kompetensi", "Riwayat Diklat", "Diklat", "Bangkom"],
  pengalamanJabatan: ["Pengalaman Jabatan", "Nilai Pengalaman Jabatan", "Riwayat Jabatan"],
  kualifikasi: ["Kualifikasi", "Nilai Kualifikasi"],
  tingkatPendidikan: ["Tingkat Pendidikan", "Nilai Tingkat Pendidikan", "Nilai Pendidikan", "Skor Pendidikan"],
  kesesuaianBidangIlmu: [
    "Kesesuaian Bidang Ilmu", "Kesesuaian Bidang Keilmuan", "Nilai Kesesuaian Bidang Ilmu", "Kesesuaian Pendidikan",
    "Kesesuaian Jurusan",
  ],
  integritasMoralitas: [
    "Integritas dan Moralitas", "Integritas/Moralitas", "Nilai Integritas dan Moralitas", "Integritas", "Nilai Integritas",
    "Moralitas",
  ],
};

/**
 * Headers that are headers (they help find the header row) but are no input: the row number, notes, and
 * Talenta-like result columns a user may already have. `No` is here on purpose: it is never data.
 */
export const OTHER_HEADERS: string[] = [
  "No", "No.", "Nomor", "No Urut", "Nomor Urut", "Keterangan", "Ket", "Catatan", "Tahun", "Tempat Lahir",
  "Jenis Kelamin", "L/P", "Usia", "Umur", "Agama", "Kotak", "Kotak 9", "Kotak Talenta", "Box", "Kuadran",
  "Rekomendasi", "Hasil Pemetaan", "Kategori", "Nilai Talenta", "Total Nilai",
  // content-decided headers (below) also count as headers
  "Kinerja", "Potensial", "Nama / NIP", "NIP / Nama", "Nama dan NIP", "NIP dan Nama", "NIP dan Nama Lengkap",
  "Nama Lengkap / NIP",
];

/** What a column's cells mostly are (content-sniff.ts decides it). */
export type ContentClass =
  | "nip"
  | "predikat"
  | "kategoriKinerja"
  | "kategoriPotensial"
  /** Numbers within 0–100: an axis score. */
  | "score"
  | "number"
  | "text";

/**
 * Headers whose field the column's content decides (brief: `Pendidikan` holds S1/S2 in most sheets but a
 * 0–100 score in BKN 411 sheets; `Kinerja` alone may be a predikat, a category or a score; `NAMA / NIP`
 * is the NIP when the column holds 18-digit numbers). When the content decides nothing, the header's own
 * synonym mapping (if any) stays.
 */
export const CONTENT_DECIDED: { headers: string[]; choices: Partial<Record<ContentClass, FieldId>> }[] = [
  {
    headers: ["Pendidikan", "Tingkat Pendidikan", "Pendidikan Terakhir", "Jenjang Pendidikan"],
    choices: { number: "tingkatPendidikan", text: "pendidikan" },
  },
  {
    headers: ["Kinerja"],
    // A 0–120 SKP (PP 30/2019) under "Kinerja" is not taken for a 0–100 axis score: the user maps it.
    choices: { predikat: "predikat", kategoriKinerja: "kategoriKinerja", score: "nilaiKinerja" },
  },
  { headers: ["Potensial"], choices: { kategoriPotensial: "kategoriPotensial", score: "nilaiPotensial" } },
  {
    headers: ["Nama / NIP", "NIP / Nama", "Nama dan NIP", "NIP dan Nama", "NIP dan Nama Lengkap", "Nama Lengkap / NIP"],
    choices: { nip: "nip", text: "nama" },
  },
];

/** Fields a column may be given by its content alone, when its header says nothing and the field is not mapped. */
export const CONTENT_ONLY: Partial<Record<ContentClass, FieldId>> = {
  nip: "nip",
  predikat: "predikat",
  kategoriKinerja: "kategoriKinerja",
  kategoriPotensial: "kategoriPotensial",
};
