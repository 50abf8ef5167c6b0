// Categorical axes (RULES §1, §3): a label per row gives the level directly, with no score.
import * as columns from "./columns";
import type { AxisConfig, AxisName } from "./config";
import { kinerjaLevelOfLabel, potensialLevelOfLabel } from "./labels";
import { missingColumn, predikatMap, unknownLabel, type ScaleContext } from "./scales";

// Bound once: under CommonJS (tsx, vitest) every use of an imported name is a getter call, per row here.
const { columnOf, textAt } = columns;

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
    const values = predikatMap(ctx, column, columnOf(ctx.table, "predikat"), (p) => table[p]);
    for (let i = 0; i < n; i++) levels[i] = Number.isNaN(values[i]) ? 0 : values[i];
    return levels;
  }
  const column = ctx.table.fields[axis.field];
  if (!column) {
    missingColumn(ctx, axis.field, new Float64Array(n));
    return levels;
  }
  const col = columnOf(ctx.table, axis.field);
  const levelOfLabel = axisName === "kinerja" ? kinerjaLevelOfLabel : potensialLevelOfLabel;
  const memo = new Map<string, ReturnType<typeof levelOfLabel>>();
  for (let i = 0; i < n; i++) {
    const text = textAt(column, i);
    // One lookup per cell, as in predikatMap (scales.ts).
    let level = text === undefined ? undefined : memo.get(text);
    if (level === undefined && text !== undefined && !memo.has(text)) memo.set(text, (level = levelOfLabel(text)));
    if (level === undefined) ctx.sink.missing(i, col, axis.field, ctx.input);
    else if (level === "unknown") unknownLabel(ctx, i, col, axis.field, text);
    else levels[i] = level;
  }
  return levels;
}
