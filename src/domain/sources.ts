// How a scored input gets its number: declared as data (like hyperformula's implementedFunctions),
// so a new preset is a new entry, never a new branch in the engine.
import type { FieldId } from "./fields";

/** RULES §3, §4: "1-5" ratings become ×20; "0-120" SKP (PP 30/2019) becomes ×100/120. */
export type Scale = "0-100" | "1-5" | "0-120";

export type Source =
  /** One column. `cap`: the most it counts in a sum (JPM 100). `max`: the highest raw value accepted (JPM 200). */
  | { kind: "field"; field: FieldId; scale?: Scale; cap?: number; max?: number }
  /** The predikat column(s) as points (RULES §3, BKN 411/2025). */
  | { kind: "predikatPoints" }
  /** Mean of every source; a row missing one of them is not classified. */
  | { kind: "mean"; of: Source[] }
  /** Σ weight·value / Σ weight (e.g. Kompetensi = (20·a + 10·b + 10·c)/40). */
  | { kind: "weighted"; parts: { weight: number; source: Source }[] }
  /** The first alternative whose columns all exist in the sheet: the columns decide the formula (RULES §5). */
  | { kind: "firstAvailable"; alternatives: Source[] };

export const SCALE_RANGE: Readonly<Record<Scale, { min: number; max: number; factor: number }>> = {
  "0-100": { min: 0, max: 100, factor: 1 },
  "1-5": { min: 1, max: 5, factor: 20 },
  "0-120": { min: 0, max: 120, factor: 100 / 120 },
};

/** RULES §4, §6: JPM counts at most 100 in any sum and is out of scale above 200, whatever the preset says. */
export const FIELD_BOUNDS: Partial<Record<FieldId, { cap: number; max: number }>> = {
  jpm: { cap: 100, max: 200 },
};

/** The source with every `firstAvailable` replaced by its first fitting alternative, or the fields still missing. */
export type Resolution = { ok: true; source: Source; fields: FieldId[] } | { ok: false; missing: FieldId[] };

export function resolveSource(source: Source, available: ReadonlySet<FieldId>): Resolution {
  switch (source.kind) {
    case "field":
      return available.has(source.field)
        ? { ok: true, source, fields: [source.field] }
        : { ok: false, missing: [source.field] };
    case "predikatPoints":
      return available.has("predikat")
        ? { ok: true, source, fields: ["predikat"] }
        : { ok: false, missing: ["predikat"] };
    case "mean":
    case "weighted": {
      const children = source.kind === "mean" ? source.of : source.parts.map((p) => p.source);
      const resolved = children.map((c) => resolveSource(c, available));
      const missing = resolved.flatMap((r) => (r.ok ? [] : r.missing));
      if (missing.length > 0) return { ok: false, missing: unique(missing) };
      const ok = resolved as Extract<Resolution, { ok: true }>[];
      const fields = unique(ok.flatMap((r) => r.fields));
      if (source.kind === "mean") return { ok: true, source: { kind: "mean", of: ok.map((r) => r.source) }, fields };
      const parts = source.parts.map((p, i) => ({ weight: p.weight, source: ok[i].source }));
      return { ok: true, source: { kind: "weighted", parts }, fields };
    }
    case "firstAvailable": {
      let first: Resolution | undefined;
      for (const alternative of source.alternatives) {
        const r = resolveSource(alternative, available);
        if (r.ok) return r;
        first ??= r;
      }
      // Name what the preferred alternative lacks: that is the column to add.
      return first ?? { ok: false, missing: [] };
    }
  }
}

/** Every field a source can read, in declaration order (all alternatives included). */
export function fieldsOfSource(source: Source): FieldId[] {
  switch (source.kind) {
    case "field":
      return [source.field];
    case "predikatPoints":
      return ["predikat"];
    case "mean":
      return unique(source.of.flatMap(fieldsOfSource));
    case "weighted":
      return unique(source.parts.flatMap((p) => fieldsOfSource(p.source)));
    case "firstAvailable":
      return unique(source.alternatives.flatMap(fieldsOfSource));
  }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
