// Categorical axes (RULES §1, §3): a label per row gives the level directly, with no score.
import { columnOf } from "./columns";
import type { AxisConfig, AxisName } from "./config";
import { kinerjaLevelOfLabel, potensialLevelOfLabel } from "./labels";
import { mapLabels, missingColumn, predikatMap, type ScaleContext } from "./scales";

export function axisLevelsFromLabels(
  ctx: ScaleContext,
  axisName: AxisName,
  axis: Extract<AxisConfig, { kind: "category" | "predikatLevel" }>,
): Uint8Array {
  const n = ctx.table.sheetRows.length;
  const levels = new Uint8Array(n);
  if (axis.kind === "predikatLevel") {
    const column = ctx.table.fields.predikat;
    if (!column) {
      missingColumn(ctx, "predikat", new Float64Array(n));
      return levels;
    }
    // RULES §3: the latest year's predikat, as a level.
    const table = ctx.config.predikatLevels;
    levelsFromValues(predikatMap(ctx, column, columnOf(ctx.table, "predikat"), (p) => table[p]), levels);
    return levels;
  }
  const column = ctx.table.fields[axis.field];
  if (!column) {
    missingColumn(ctx, axis.field, new Float64Array(n));
    return levels;
  }
  const levelOfLabel = axisName === "kinerja" ? kinerjaLevelOfLabel : potensialLevelOfLabel;
  levelsFromValues(mapLabels(ctx, column, columnOf(ctx.table, axis.field), axis.field, levelOfLabel, (level) => level), levels);
  return levels;
}

// A row loop in a function of its own, so it stays optimised between runs (see mapLabels in scales.ts).
function levelsFromValues(values: Float64Array, levels: Uint8Array): void {
  for (let i = 0; i < values.length; i++) levels[i] = Number.isNaN(values[i]) ? 0 : values[i];
}
