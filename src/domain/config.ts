// The configuration: one zod schema, parsed once at the edge (pane, CLI, settings read back from a workbook).
// Every changed configuration is saved with the results it produced (RULES, preamble).
import { z } from "zod";
import { FIELD_IDS } from "./fields";
import { DEFAULT_PREDIKAT_LEVELS, DEFAULT_PREDIKAT_POINTS } from "./labels";
import { PRESET_IDS, PRESETS, type PresetId } from "./presets";
import type { Source } from "./sources";
import { defaultSuccessionConfig, successionConfigSchema } from "./succession/config";

const WEIGHT_TOLERANCE = 1e-9;

const fieldId = z.enum(FIELD_IDS);
const scale = z.enum(["0-100", "1-5", "0-120"]);

export const sourceSchema: z.ZodType<Source> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z
      .object({
        kind: z.literal("field"),
        field: fieldId.describe("The column the value is read from"),
        scale: scale.optional().describe("Scale of the column: 0-100 as is, 1-5 ×20, 0-120 ×100/120"),
        cap: z.number().positive().optional().describe("The most the value counts in a sum (JPM: 100)"),
        max: z.number().positive().optional().describe("Highest raw value accepted; above it the row is not classified (JPM: 200)"),
      })
      .describe("A value read from one column"),
    z.object({ kind: z.literal("predikatPoints") }).describe("Predikat kinerja as points (SB 100 … SK 20)"),
    z.object({ kind: z.literal("mean"), of: z.array(sourceSchema).min(1) }).describe("Mean of several values"),
    z
      .object({
        kind: z.literal("weighted"),
        parts: z.array(z.object({ weight: z.number().positive(), source: sourceSchema })).min(1),
      })
      .describe("Σ weight·value / Σ weight"),
    z
      .object({ kind: z.literal("firstAvailable"), alternatives: z.array(sourceSchema).min(1) })
      .describe("The first alternative whose columns all exist in the sheet"),
  ]),
);

const inputSchema = z.object({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/).describe("Identifier of the input, named in messages"),
  label: z.string().min(1).describe("Indonesian label"),
  labelEn: z.string().min(1).optional().describe("English label"),
  weight: z.number().positive().max(100).describe("Weight in percent; the inputs of an axis add to 100"),
  source: sourceSchema.describe("Where the value comes from"),
});

const axisSchema = z
  .discriminatedUnion("kind", [
    z
      .object({ kind: z.literal("scored"), inputs: z.array(inputSchema).min(1) })
      .describe("A 0–100 score: the weighted sum of its inputs, cut into three levels"),
    z
      .object({ kind: z.literal("category"), field: fieldId.describe("The column holding the category label") })
      .describe("The sheet's own category label (RULES §1 variants)"),
    z
      .object({ kind: z.literal("predikatLevel") })
      .describe("The level of the latest predikat kinerja (RULES §3, categorical)"),
  ])
  .superRefine((axis, ctx) => {
    if (axis.kind !== "scored") return;
    const total = axis.inputs.reduce((s, i) => s + i.weight, 0);
    if (Math.abs(total - 100) > WEIGHT_TOLERANCE)
      ctx.addIssue({ code: "custom", path: ["inputs"], message: `weights add to ${total}, not 100` });
    const ids = axis.inputs.map((i) => i.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined) ctx.addIssue({ code: "custom", path: ["inputs"], message: `input id ${dup} is used twice` });
  });

const cutsSchema = z
  .object({
    mid: z.number().min(0).max(100).describe("Lowest score of level 2 (inclusive)"),
    high: z.number().min(0).max(100).describe("Lowest score of level 3 (inclusive)"),
  })
  .refine((c) => c.mid < c.high, { message: "mid must be below high", path: ["mid"] });

const predikatTable = <T extends z.ZodType>(value: T) =>
  z.object({ sangatBaik: value, baik: value, butuhPerbaikan: value, kurang: value, sangatKurang: value });

const yearWeights = z
  .record(z.string().regex(/^\d{4}$/), z.number().positive())
  .refine((w) => Object.keys(w).length > 0, { message: "name at least one year" })
  .refine((w) => Math.abs(Object.values(w).reduce((s, x) => s + x, 0) - 100) <= WEIGHT_TOLERANCE, {
    message: "year weights must add to 100",
  });

const nilaiTalentaSchema = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("weighted"), kinerja: z.number().min(0), potensial: z.number().min(0) })
    .refine((w) => Math.abs(w.kinerja + w.potensial - 100) <= WEIGHT_TOLERANCE, {
      message: "kinerja + potensial must be 100",
    })
    .describe("Weighted sum of the two axis scores, in percent (BKN 411/2025: 50/50)"),
  z.object({ kind: z.literal("mean") }).describe("Mean of the two axis scores when both are scored"),
]);

const kotakNumber = z.number().int().min(1).max(9);

export const configSchema = z.object({
  schemaVersion: z.literal(1).describe("Version of this configuration's shape"),
  rulesVersion: z.literal(1).describe("Version of RULES.md the results follow"),
  preset: z.enum([...PRESET_IDS, "custom"]).describe("The preset this configuration started from, or custom"),
  kinerja: axisSchema.describe("Kinerja (Y axis)"),
  potensial: axisSchema.describe("Potensial (X axis)"),
  cuts: z
    .object({ kinerja: cutsSchema, potensial: cutsSchema })
    .describe("Level bounds of scored axes (RULES §2: 80 and 60)"),
  predikatYears: z
    .discriminatedUnion("mode", [
      z.object({ mode: z.literal("latest") }).describe("The latest year counts (RULES §3)"),
      z
        .object({ mode: z.literal("weighted"), weights: yearWeights.describe("Weight in percent per year") })
        .describe("Weighted mean of the years' predikat points"),
    ])
    .describe("Which years of predikat count, when the sheet has several"),
  predikatPoints: predikatTable(z.number().min(0).max(100)).describe("Points per predikat (RULES §3)"),
  predikatLevels: predikatTable(z.union([z.literal(1), z.literal(2), z.literal(3)])).describe(
    "Kinerja level per predikat for categorical models (RULES §3)",
  ),
  nilaiTalenta: nilaiTalentaSchema.describe("How Nilai Talenta is computed (RULES §5)"),
  pool: z
    .object({
      instansi: z.array(kotakNumber).describe("Boxes of the Kelompok Rencana Suksesi Instansi"),
      nasional: z.array(kotakNumber).describe("Boxes of the Kelompok Rencana Suksesi Nasional"),
    })
    .describe("Talent pool boxes (RULES §1)"),
  mapping: z
    .partialRecord(fieldId, z.string().min(1))
    .optional()
    .describe("Saved column choices: field → header text"),
  meritIndex: z.number().min(100).max(400).optional().describe("Indeks Sistem Merit of the agency (100–400)"),
  signer: z
    .object({
      nama: z.string(),
      nip: z.string(),
      jabatan: z.string(),
      pangkat: z.string(),
      tempat: z.string(),
    })
    .optional()
    .describe("Who signs the printed tables"),
  succession: successionConfigSchema.prefault({}).describe("Succession rules (RULES §8); absent means the defaults"),
});

export type TalentaConfig = z.infer<typeof configSchema>;
export type AxisConfig = TalentaConfig["kinerja"];
export type InputConfig = Extract<AxisConfig, { kind: "scored" }>["inputs"][number];
export type AxisName = "kinerja" | "potensial";

export type ConfigResult = { ok: true; config: TalentaConfig } | { ok: false; issues: { path: string; message: string }[] };

export function parseConfig(input: unknown): ConfigResult {
  const r = configSchema.safeParse(input);
  if (r.success) return { ok: true, config: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })) };
}

export function defaultConfig(presetId: PresetId): TalentaConfig {
  const preset = PRESETS.find((p) => p.id === presetId);
  if (!preset) throw new RangeError(`unknown preset ${presetId}`);
  return structuredClone({
    schemaVersion: 1,
    rulesVersion: 1,
    preset: preset.id,
    kinerja: preset.kinerja,
    potensial: preset.potensial,
    cuts: { kinerja: { mid: 60, high: 80 }, potensial: { mid: 60, high: 80 } },
    predikatYears: { mode: "latest" },
    predikatPoints: { ...DEFAULT_PREDIKAT_POINTS },
    predikatLevels: { ...DEFAULT_PREDIKAT_LEVELS },
    nilaiTalenta: preset.nilaiTalenta,
    pool: { instansi: [7, 8, 9], nasional: [9] },
    succession: defaultSuccessionConfig,
  });
}
