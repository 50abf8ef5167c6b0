// Succession settings (RULES §8). Every field has a default, so `successionConfigSchema.parse({})` is the
// shipped rule set and the main config can embed it as `succession: successionConfigSchema.prefault({})`
// (or `.default(defaultSuccessionConfig)`). The talent-pool boxes live in the main config, not here.
import { z } from "zod";
import { parseIsoDate, toDays } from "./dates";

const years = (fallback: number, text: string) => z.number().min(0).max(100).default(fallback).describe(text);

const BUP_TEXT = "Batas Usia Pensiun (BUP) per jenjang jabatan; checked against the target position's jenjang.";

/** Batas Usia Pensiun per jenjang (reference §5.6: UU 5/2014 Pasal 90, UU 20/2023). */
export const bupSchema = z
  .object({
    jpt: years(60, "BUP of JPT Utama, Madya and Pratama (years of age)."),
    administrator: years(58, "BUP of Administrator (years of age)."),
    pengawas: years(58, "BUP of Pengawas (years of age)."),
    pelaksana: years(58, "BUP of Pelaksana (years of age)."),
    ahliUtama: years(65, "BUP of Jabatan Fungsional Ahli Utama (years of age)."),
    ahliMadya: years(60, "BUP of Jabatan Fungsional Ahli Madya (years of age)."),
    fungsionalLainnya: years(
      58,
      "BUP of the other Jabatan Fungsional: Ahli Muda, Ahli Pertama and the keterampilan levels (years of age).",
    ),
  })
  .describe(BUP_TEXT);

export const successionConfigSchema = z
  .object({
    placementDate: z.iso
      .date()
      .optional()
      .describe(
        "Planned placement date (yyyy-mm-dd) on which age and years to BUP are counted. Empty: 1 January of next year.",
      ),
    maxAgeJptPratama: years(56, "Highest age, in whole years on the placement date, for a JPT Pratama candidate."),
    minYearsToBup: years(2, "Least time, in years, between the placement date and the BUP of the target position."),
    hukdisWindowYears: years(
      2,
      "A hukuman disiplin sedang/berat dated within this many years before the placement date excludes a candidate.",
    ),
    siapSekarangKotak: z
      .array(z.number().int().min(1).max(9))
      .default([9])
      .describe("Boxes whose eligible members are Siap Sekarang whatever their Nilai Talenta."),
    siapSekarangMinNilaiTalenta: z
      .number()
      .min(0)
      .max(100)
      .default(80)
      .describe("Other eligible pool members are Siap Sekarang when their Nilai Talenta reaches this value."),
    defaultJumlahSuksesor: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(3)
      .describe("Successors listed per key position when its Jumlah Suksesor cell is empty."),
    nearMisses: z
      .number()
      .int()
      .min(0)
      .max(50)
      .default(3)
      .describe("Pool members listed per position who fail at least one rule, with the reasons."),
    allowRotation: z
      .boolean()
      .default(true)
      .describe("Accept candidates already at the target's level (rotation), besides those one step below."),
    bidangToRumpun: z
      .record(z.string(), z.array(z.string()))
      .default({})
      .describe(
        "Field of study → the Rumpun/Bidang values it fits, for pairs that share no word (e.g. Akuntansi → Keuangan).",
      ),
    bup: bupSchema.prefault({}).describe(BUP_TEXT),
  })
  .describe("Succession planning rules (RULES §8).");

export type SuccessionConfig = z.infer<typeof successionConfigSchema>;
export type BupConfig = z.infer<typeof bupSchema>;

export const defaultSuccessionConfig: SuccessionConfig = successionConfigSchema.parse({});

/** The placement date in days since 1970-01-01: the configured date, else 1 January after `today`'s year. */
export function resolvePlacementDate(config: SuccessionConfig, today: Date): number {
  const configured = config.placementDate === undefined ? undefined : parseIsoDate(config.placementDate);
  return configured ?? toDays(today.getFullYear() + 1, 1, 1);
}
