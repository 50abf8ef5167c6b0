// Merit weighting (RULES §5): sources combine into inputs, inputs into a 0–100 axis score.
// Column at a time: a missing value is NaN and NaN propagates, so such a row scores NaN (its issue is raised).
import type { AxisConfig } from "./config";
import { resolveSource, type Source } from "./sources";
import { availableFields } from "./columns";
import { missingColumn, scaleField, scalePredikatPoints, type ScaleContext } from "./scales";

type Cache = Map<string, Float64Array>;

export function evaluateSource(ctx: ScaleContext, source: Source, cache: Cache): Float64Array {
  const n = ctx.table.sheetRows.length;
  switch (source.kind) {
    case "field": {
      // Memoised so a column used twice raises its issues once.
      const key = `field:${source.field}:${source.scale ?? ""}:${source.cap ?? ""}:${source.max ?? ""}`;
      let v = cache.get(key);
      if (!v) cache.set(key, (v = scaleField(ctx, source)));
      return v;
    }
    case "predikatPoints": {
      let v = cache.get("predikatPoints");
      if (!v) cache.set("predikatPoints", (v = scalePredikatPoints(ctx)));
      return v;
    }
    case "mean":
      return weightedSum(n, source.of.map((s) => ({ weight: 1, values: evaluateSource(ctx, s, cache) })));
    case "weighted":
      return weightedSum(n, source.parts.map((p) => ({ weight: p.weight, values: evaluateSource(ctx, p.source, cache) })));
    case "firstAvailable": {
      // The sheet's columns decide the formula for every row alike (RULES §5).
      const r = resolveSource(source, availableFields(ctx.table));
      if (r.ok) return evaluateSource(ctx, r.source, cache);
      const out = new Float64Array(n).fill(NaN);
      for (const field of r.missing) missingColumn(ctx, field, out);
      return out;
    }
  }
}

/** Σ wₖ·vₖ / Σ wₖ per row; NaN when any part is NaN. */
export function weightedSum(n: number, parts: { weight: number; values: Float64Array }[]): Float64Array {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  const out = new Float64Array(n);
  // Multiply before dividing: 60·80 + 40·80 is exactly 8000, so the sum is exactly 80.
  for (let k = 0; k < parts.length - 1; k++) addWeighted(out, parts[k].values, parts[k].weight);
  const last = parts[parts.length - 1];
  finishWeighted(out, last.values, last.weight, total);
  return out;
}

// The row loops are functions of their own: always called with the same types, they stay optimised. A loop inside
// a function whose other paths vary (one part or several) is deoptimised and re-run unoptimised on every call.
function addWeighted(out: Float64Array, values: Float64Array, weight: number): void {
  for (let i = 0; i < out.length; i++) out[i] += weight * values[i];
}

function finishWeighted(out: Float64Array, values: Float64Array, weight: number, total: number): void {
  for (let i = 0; i < out.length; i++) out[i] = (out[i] + weight * values[i]) / total;
}

/** The 0–100 score of a scored axis, unrounded. */
export function axisScore(ctx: Omit<ScaleContext, "input">, axis: Extract<AxisConfig, { kind: "scored" }>): Float64Array {
  const n = ctx.table.sheetRows.length;
  const cache: Cache = new Map();
  const parts = axis.inputs.map((input) => ({
    weight: input.weight,
    values: evaluateSource({ ...ctx, input: input.id }, input.source, cache),
  }));
  return weightedSum(n, parts);
}
