// Header spellings of the `Jabatan Target` sheet (RULES §8), per column. Matching ignores case, punctuation
// and spacing (normalise.ts), as for the data sheet. A spelling belongs to one key only.

export const JABATAN_TARGET_KEYS = [
  "jabatanTarget",
  "jenjang",
  "eselon",
  "unitKerja",
  "pangkatMinimal",
  "pendidikanMinimal",
  "rumpun",
  "pemangkuNip",
  "jumlahSuksesor",
] as const;

export type JabatanTargetKey = (typeof JABATAN_TARGET_KEYS)[number];

export const JABATAN_TARGET_SYNONYMS: Record<JabatanTargetKey, string[]> = {
  jabatanTarget: [
    "Jabatan Target", "Nama Jabatan Target", "Target Jabatan", "Jabatan Kunci", "Jabatan Kritikal", "Jabatan Sasaran",
    "Jabatan yang Dituju", "Posisi Kunci", "Nama Jabatan", "Jabatan",
  ],
  jenjang: ["Jenjang", "Jenjang Jabatan", "Jenis Jabatan", "Tingkat Jabatan", "Level Jabatan", "Kelompok Jabatan"],
  eselon: ["Eselon", "Eselonering", "Esl", "Tingkat Eselon"],
  unitKerja: [
    "Unit Kerja", "Unit Organisasi", "Unor", "OPD", "Perangkat Daerah", "SKPD", "Satuan Kerja", "Satker", "Instansi",
    "Unit", "Nama OPD",
  ],
  pangkatMinimal: [
    "Pangkat Minimal", "Pangkat Minimum", "Pangkat Terendah", "Golongan Minimal", "Golongan Minimum", "Gol Minimal",
    "Pangkat/Golongan Minimal", "Pangkat/Gol Minimal", "Syarat Pangkat", "Pangkat Min",
  ],
  pendidikanMinimal: [
    "Pendidikan Minimal", "Pendidikan Minimum", "Pendidikan Terendah", "Syarat Pendidikan", "Kualifikasi Pendidikan",
    "Pendidikan Min",
  ],
  rumpun: ["Rumpun/Bidang", "Rumpun", "Bidang", "Rumpun Jabatan", "Bidang Jabatan", "Rumpun Ilmu", "Bidang Ilmu", "Bidang Keilmuan"],
  pemangkuNip: [
    "Pemangku Saat Ini (NIP)", "Pemangku Saat Ini", "NIP Pemangku", "NIP Pemangku Saat Ini", "Pejabat Saat Ini",
    "NIP Pejabat", "Pemangku", "Pejabat Definitif", "NIP",
  ],
  jumlahSuksesor: ["Jumlah Suksesor", "Jumlah Kandidat", "Jumlah Calon", "Kebutuhan Suksesor", "Suksesor", "Jml Suksesor"],
};

/** Headers that are headers but no key: they help find the header row. */
export const JABATAN_TARGET_OTHER_HEADERS: string[] = ["No", "No.", "Nomor", "Keterangan", "Ket", "Catatan"];
