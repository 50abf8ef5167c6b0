// Talenta's record of what it wrote, stored in the workbook (custom XML part) beside the configuration.
// A re-run recognises its own result columns by this record and their header text, or, when the record is gone or
// the columns moved, by the run of the ten result headers (owned-columns.ts); a user's column is never touched.
import { z } from "zod";

export const RECORD_VERSION = 1;

const resultColumnsSchema = z.object({
  sheet: z.string(),
  headerRow: z.number().int().min(0),
  firstCol: z.number().int().min(0),
  headers: z.array(z.string()),
  lastRow: z.number().int().min(0),
});

export const recordSchema = z.object({
  talenta: z.literal(RECORD_VERSION),
  runAt: z.string(),
  appVersion: z.string(),
  resultColumns: resultColumnsSchema.optional(),
  ownedSheets: z.array(z.string()),
  /** The configuration that produced the results (validated again with configSchema on use). */
  config: z.unknown().optional(),
});

export type TalentaRecord = z.infer<typeof recordSchema>;
export type ResultColumnsRecord = z.infer<typeof resultColumnsSchema>;

/** Reads the stored record; undefined when absent or not Talenta's (a damaged record is ignored, never trusted). */
export function parseRecord(text: string | undefined): TalentaRecord | undefined {
  if (!text) return undefined;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function serializeRecord(record: TalentaRecord): string {
  return JSON.stringify(record, null, 2);
}
