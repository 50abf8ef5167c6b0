// Field labels in both interface languages (Indonesian from fields.ts, English here).
import { FIELDS, FIELD_IDS, type FieldId } from "./fields";

export type Lang = "id" | "en";

const FIELD_LABELS_EN: Readonly<Record<FieldId, string>> = {
  nip: "NIP",
  nama: "Name",
  jabatan: "Position",
  jenjang: "Position level",
  eselon: "Echelon",
  unitKerja: "Work unit",
  pangkat: "Rank/Grade",
  pendidikan: "Education",
  jurusan: "Field of study",
  tanggalLahir: "Date of birth",
  tmtJabatan: "Position start date",
  hukumanDisiplin: "Disciplinary penalty",
  tanggalHukumanDisiplin: "Disciplinary penalty date",
  preferensiKarier: "Career preference",
  predikat: "Performance rating (predikat)",
  nilaiSkp: "SKP score",
  nilaiKinerja: "Performance score",
  kategoriKinerja: "Performance category",
  penghargaan: "Awards",
  penugasanTimKerja: "Team assignments",
  umpanBalik360: "360 feedback",
  nilaiPotensial: "Potential score",
  kategoriPotensial: "Potential category",
  asesmen: "Assessment score",
  nilaiPotensi: "Potential profile score (Nilai Potensi)",
  jpm: "Job Person Match (JPM)",
  rekamJejak: "Track record score",
  pertimbanganLainnya: "Other considerations",
  kompetensi: "Competency",
  penilaianKompetensi: "Competency assessment",
  pengembanganKompetensi: "Competency development",
  pengalamanJabatan: "Position experience",
  kualifikasi: "Qualification",
  tingkatPendidikan: "Education level",
  kesesuaianBidangIlmu: "Field-of-study fit",
  integritasMoralitas: "Integrity and morality",
};

export const FIELD_LABELS: Readonly<Record<FieldId, { id: string; en: string }>> = Object.fromEntries(
  FIELD_IDS.map((f) => [f, { id: FIELDS[f].label, en: FIELD_LABELS_EN[f] }]),
) as Record<FieldId, { id: string; en: string }>;

export function fieldLabel(field: FieldId, lang: Lang): string {
  return FIELD_LABELS[field][lang];
}
