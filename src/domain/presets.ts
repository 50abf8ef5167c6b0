// The four presets of RULES §5, as data. The engine never asks which preset it runs.
import type { AxisConfig, TalentaConfig } from "./config";
import type { FieldId } from "./fields";
import { missingFields, resolvedFields } from "./requirements";
import type { Source } from "./sources";

export const PRESET_IDS = ["skor-sumbu", "kategori", "permenpan-3-2020", "bkn-411-2025"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  name: { id: string; en: string };
  regulation: { id: string; en: string };
  kinerja: AxisConfig;
  potensial: AxisConfig;
  nilaiTalenta: TalentaConfig["nilaiTalenta"];
}

const field = (f: FieldId): Source => ({ kind: "field", field: f });
// RULES §4: JPM counts at most 100 in any sum; above 200 it is out of scale (RULES §6).
const jpmCapped: Source = { kind: "field", field: "jpm", cap: 100, max: 200 };

export const PRESETS: readonly Preset[] = [
  {
    id: "skor-sumbu",
    name: { id: "Skor sumbu dari lembar", en: "Axis scores from the sheet" },
    regulation: { id: "Nilai 0–100 yang sudah ada di lembar", en: "0–100 scores already in the sheet" },
    kinerja: {
      kind: "scored",
      inputs: [{ id: "nilaiKinerja", label: "Nilai Kinerja", labelEn: "Performance score", weight: 100, source: field("nilaiKinerja") }],
    },
    potensial: {
      kind: "scored",
      inputs: [{ id: "nilaiPotensial", label: "Nilai Potensial", labelEn: "Potential score", weight: 100, source: field("nilaiPotensial") }],
    },
    nilaiTalenta: { kind: "mean" },
  },
  {
    id: "kategori",
    name: { id: "Kategori dari lembar", en: "Categories from the sheet" },
    regulation: { id: "Kategori kinerja dan potensial yang sudah ada di lembar", en: "Performance and potential categories already in the sheet" },
    kinerja: { kind: "category", field: "kategoriKinerja" },
    potensial: { kind: "category", field: "kategoriPotensial" },
    nilaiTalenta: { kind: "mean" },
  },
  {
    id: "permenpan-3-2020",
    name: { id: "PermenPANRB 3/2020", en: "PermenPANRB 3/2020" },
    regulation: {
      id: "Peraturan Menteri PANRB Nomor 3 Tahun 2020 tentang Manajemen Talenta ASN",
      en: "Regulation of the Minister of State Apparatus Empowerment and Bureaucratic Reform 3/2020 on ASN Talent Management",
    },
    kinerja: { kind: "predikatLevel" },
    potensial: {
      kind: "scored",
      inputs: [
        {
          id: "asesmen",
          label: "Asesmen",
          labelEn: "Assessment",
          weight: 50,
          source: {
            kind: "firstAvailable",
            alternatives: [field("asesmen"), { kind: "mean", of: [field("nilaiPotensi"), jpmCapped] }, field("nilaiPotensi"), jpmCapped],
          },
        },
        { id: "rekamJejak", label: "Rekam Jejak", labelEn: "Track record", weight: 40, source: field("rekamJejak") },
        { id: "pertimbanganLainnya", label: "Pertimbangan Lainnya", labelEn: "Other considerations", weight: 10, source: field("pertimbanganLainnya") },
      ],
    },
    nilaiTalenta: { kind: "mean" },
  },
  {
    id: "bkn-411-2025",
    name: { id: "Kepka BKN 411/2025", en: "BKN Decree 411/2025" },
    regulation: {
      id: "Keputusan Kepala BKN Nomor 411 Tahun 2025 (SI-MATA BKN)",
      en: "Decree of the Head of BKN 411/2025 (SI-MATA BKN)",
    },
    kinerja: {
      kind: "scored",
      inputs: [
        { id: "predikat", label: "Predikat Kinerja", labelEn: "Performance rating", weight: 60, source: { kind: "predikatPoints" } },
        { id: "penghargaan", label: "Penghargaan", labelEn: "Awards", weight: 15, source: field("penghargaan") },
        { id: "penugasanTimKerja", label: "Penugasan Tim Kerja", labelEn: "Team assignments", weight: 15, source: field("penugasanTimKerja") },
        { id: "umpanBalik360", label: "Umpan Balik 360", labelEn: "360 feedback", weight: 10, source: field("umpanBalik360") },
      ],
    },
    potensial: {
      kind: "scored",
      inputs: [
        {
          id: "kompetensi",
          label: "Kompetensi",
          labelEn: "Competency",
          weight: 40,
          source: {
            kind: "firstAvailable",
            alternatives: [
              {
                kind: "weighted",
                parts: [
                  { weight: 20, source: field("penilaianKompetensi") },
                  { weight: 10, source: field("pengembanganKompetensi") },
                  { weight: 10, source: field("pengalamanJabatan") },
                ],
              },
              field("kompetensi"),
            ],
          },
        },
        { id: "potensi", label: "Potensi", labelEn: "Potential profile", weight: 25, source: field("nilaiPotensi") },
        {
          id: "kualifikasi",
          label: "Kualifikasi",
          labelEn: "Qualification",
          weight: 20,
          source: {
            kind: "firstAvailable",
            alternatives: [
              {
                kind: "weighted",
                parts: [
                  { weight: 10, source: field("tingkatPendidikan") },
                  { weight: 10, source: field("kesesuaianBidangIlmu") },
                ],
              },
              field("kualifikasi"),
            ],
          },
        },
        { id: "integritasMoralitas", label: "Integritas dan Moralitas", labelEn: "Integrity and morality", weight: 15, source: field("integritasMoralitas") },
      ],
    },
    nilaiTalenta: { kind: "weighted", kinerja: 50, potensial: 50 },
  },
];

export type PresetChoice =
  | { ok: true; presetId: PresetId; fits: FieldId[]; skipped: { presetId: PresetId; missing: FieldId[] }[] }
  | { ok: false; missing: { presetId: PresetId; missing: FieldId[] }[] };

/** RULES §5: the first preset, in the table's order, whose every input is found among the sheet's columns. */
export function choosePreset(available: ReadonlySet<FieldId>): PresetChoice {
  const skipped: { presetId: PresetId; missing: FieldId[] }[] = [];
  for (const preset of PRESETS) {
    const missing = missingFields(preset, available);
    if (missing.length === 0) return { ok: true, presetId: preset.id, fits: resolvedFields(preset, available), skipped };
    skipped.push({ presetId: preset.id, missing });
  }
  return { ok: false, missing: skipped };
}

export { missingFields, requiredFields } from "./requirements";
