// The input fields Talenta can read from a sheet. One id per meaning, used by sheet/ (header synonyms),
// domain/ (presets declare their inputs by these ids) and report/ (validation messages name them).

export type FieldKind =
  /** 18-digit identifier, read as text. */
  | "nip"
  /** Free text (names, units, labels to normalise later). */
  | "text"
  /** A number; percent-formatted cells are ×100; "85,5" is 85.5; "-" is no value. */
  | "number"
  /** A date (Excel serial with a date format, or a date written as text). Stored as days since 1970-01-01 (UTC). */
  | "date";

export interface FieldDef {
  id: FieldId;
  kind: FieldKind;
  /** Indonesian label (the glossary holds the English one). */
  label: string;
  /** Several columns per field, one per year (e.g. predikat 2023 | 2024). */
  yearly?: boolean;
}

export const FIELD_IDS = [
  // who
  "nip",
  "nama",
  "jabatan",
  "jenjang",
  "eselon",
  "unitKerja",
  "pangkat",
  "pendidikan",
  "jurusan",
  "tanggalLahir",
  "tmtJabatan",
  "hukumanDisiplin",
  "tanggalHukumanDisiplin",
  "preferensiKarier",
  // kinerja (Y)
  "predikat",
  "nilaiSkp",
  "nilaiKinerja",
  "kategoriKinerja",
  "penghargaan",
  "penugasanTimKerja",
  "umpanBalik360",
  // potensial (X)
  "nilaiPotensial",
  "kategoriPotensial",
  "asesmen",
  "nilaiPotensi",
  "jpm",
  "rekamJejak",
  "pertimbanganLainnya",
  "kompetensi",
  "penilaianKompetensi",
  "pengembanganKompetensi",
  "pengalamanJabatan",
  "kualifikasi",
  "tingkatPendidikan",
  "kesesuaianBidangIlmu",
  "integritasMoralitas",
] as const;

export type FieldId = (typeof FIELD_IDS)[number];

export const FIELDS: Record<FieldId, FieldDef> = {
  nip: { id: "nip", kind: "nip", label: "NIP" },
  nama: { id: "nama", kind: "text", label: "Nama" },
  jabatan: { id: "jabatan", kind: "text", label: "Jabatan" },
  jenjang: { id: "jenjang", kind: "text", label: "Jenjang Jabatan" },
  eselon: { id: "eselon", kind: "text", label: "Eselon" },
  unitKerja: { id: "unitKerja", kind: "text", label: "Unit Kerja" },
  pangkat: { id: "pangkat", kind: "text", label: "Pangkat/Golongan" },
  pendidikan: { id: "pendidikan", kind: "text", label: "Pendidikan" },
  jurusan: { id: "jurusan", kind: "text", label: "Jurusan/Bidang Ilmu" },
  tanggalLahir: { id: "tanggalLahir", kind: "date", label: "Tanggal Lahir" },
  tmtJabatan: { id: "tmtJabatan", kind: "date", label: "TMT Jabatan" },
  hukumanDisiplin: { id: "hukumanDisiplin", kind: "text", label: "Hukuman Disiplin" },
  tanggalHukumanDisiplin: { id: "tanggalHukumanDisiplin", kind: "date", label: "Tanggal Hukuman Disiplin" },
  preferensiKarier: { id: "preferensiKarier", kind: "text", label: "Preferensi Karier" },
  predikat: { id: "predikat", kind: "text", label: "Predikat Kinerja", yearly: true },
  nilaiSkp: { id: "nilaiSkp", kind: "number", label: "Nilai SKP" },
  nilaiKinerja: { id: "nilaiKinerja", kind: "number", label: "Nilai Kinerja" },
  kategoriKinerja: { id: "kategoriKinerja", kind: "text", label: "Kategori Kinerja" },
  penghargaan: { id: "penghargaan", kind: "number", label: "Penghargaan" },
  penugasanTimKerja: { id: "penugasanTimKerja", kind: "number", label: "Penugasan Tim Kerja" },
  umpanBalik360: { id: "umpanBalik360", kind: "number", label: "Umpan Balik 360" },
  nilaiPotensial: { id: "nilaiPotensial", kind: "number", label: "Nilai Potensial" },
  kategoriPotensial: { id: "kategoriPotensial", kind: "text", label: "Kategori Potensial" },
  asesmen: { id: "asesmen", kind: "number", label: "Nilai Asesmen" },
  nilaiPotensi: { id: "nilaiPotensi", kind: "number", label: "Nilai Potensi" },
  jpm: { id: "jpm", kind: "number", label: "JPM" },
  rekamJejak: { id: "rekamJejak", kind: "number", label: "Nilai Rekam Jejak" },
  pertimbanganLainnya: { id: "pertimbanganLainnya", kind: "number", label: "Pertimbangan Lainnya" },
  kompetensi: { id: "kompetensi", kind: "number", label: "Kompetensi" },
  penilaianKompetensi: { id: "penilaianKompetensi", kind: "number", label: "Penilaian Kompetensi" },
  pengembanganKompetensi: { id: "pengembanganKompetensi", kind: "number", label: "Pengembangan Kompetensi" },
  pengalamanJabatan: { id: "pengalamanJabatan", kind: "number", label: "Pengalaman Jabatan" },
  kualifikasi: { id: "kualifikasi", kind: "number", label: "Kualifikasi" },
  tingkatPendidikan: { id: "tingkatPendidikan", kind: "number", label: "Tingkat Pendidikan" },
  kesesuaianBidangIlmu: { id: "kesesuaianBidangIlmu", kind: "number", label: "Kesesuaian Bidang Ilmu" },
  integritasMoralitas: { id: "integritasMoralitas", kind: "number", label: "Integritas dan Moralitas" },
};
