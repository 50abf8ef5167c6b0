// A typed table + a configuration → levels, kotak, Nilai Talenta and the reasons of every row without a kotak.
import { axisLevelsFromLabels } from "./categories";
import type { Classification, Kotak, Level } from "./classification";
import type { AxisConfig, AxisName, TalentaConfig } from "./config";
import { IssueSink } from "./issue-sink";
import { checkNips } from "./nip-checks";
import { kotakOf, levelsOf, poolOf, type Cuts } from "./ninebox";
import type { TalentaTable } from "./table";
import { axisScore } from "./weighting";

// kotakOf for every (kinerja, potensial) pair, indexed k·4 + p, for the 100,000-row loop.
const KOTAK_BY_LEVEL_PAIR = Uint8Array.from({ length: 16 }, (_, i) => kotakOf((i >> 2) as Level, (i & 3) as Level));

interface AxisResult {
  score: Float64Array;
  level: Uint8Array;
}

function classifyAxis(table: TalentaTable, config: TalentaConfig, sink: IssueSink, name: AxisName): AxisResult {
  const axis: AxisConfig = config[name];
  const n = table.sheetRows.length;
  if (axis.kind === "scored") {
    const score = axisScore({ table, config, sink }, axis);
    const cuts: Cuts = config.cuts[name];
    return { score, level: levelsOf(score, cuts) };
  }
  const input = axis.kind === "category" ? axis.field : "predikat";
  const level = axisLevelsFromLabels({ table, config, sink, input }, name, axis);
  return { score: new Float64Array(n).fill(NaN), level };
}

export function classifyTable(table: TalentaTable, config: TalentaConfig): Classification {
  const n = table.sheetRows.length;
  const sink = new IssueSink(table);
  const kinerja = classifyAxis(table, config, sink, "kinerja");
  const potensial = classifyAxis(table, config, sink, "potensial");
  checkNips(table, sink);

  const kotak = new Uint8Array(n);
  const nilaiTalenta = new Float64Array(n);
  const rule = config.nilaiTalenta;
  const wy = rule.kind === "weighted" ? rule.kinerja / 100 : 0.5;
  const wx = rule.kind === "weighted" ? rule.potensial / 100 : 0.5;
  placeRows(sink.failed, kinerja.level, potensial.level, kotak);
  // RULES §5: defined only when both axes are scored; NaN propagates otherwise.
  weighTalenta(kinerja.score, potensial.score, wy, wx, nilaiTalenta);
  return {
    kinerjaScore: kinerja.score,
    potensialScore: potensial.score,
    kinerjaLevel: kinerja.level,
    potensialLevel: potensial.level,
    kotak,
    nilaiTalenta,
    issues: sink.all(),
  };
}

// Row loops in functions of their own, so they stay optimised between runs (see weighting.ts).
function placeRows(failed: Uint8Array, ky: Uint8Array, px: Uint8Array, kotak: Uint8Array): void {
  for (let i = 0; i < kotak.length; i++) kotak[i] = failed[i] ? 0 : KOTAK_BY_LEVEL_PAIR[ky[i] * 4 + px[i]];
}

function weighTalenta(y: Float64Array, x: Float64Array, wy: number, wx: number, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = wy * y[i] + wx * x[i];
}

/** Rows per kotak; index 0 counts the rows not classified. */
export function kotakCounts(classification: Pick<Classification, "kotak">): Uint32Array {
  const counts = new Uint32Array(10);
  const k = classification.kotak;
  for (let i = 0; i < k.length; i++) counts[k[i]]++;
  return counts;
}

/** Rows per talent pool (RULES §1); a box in both pools counts as Nasional only. */
export function poolCounts(
  classification: Pick<Classification, "kotak">,
  config: Pick<TalentaConfig, "pool">,
): { instansi: number; nasional: number; total: number } {
  const byKotak = kotakCounts(classification);
  const counts = { instansi: 0, nasional: 0, total: 0 };
  for (let k = 1; k <= 9; k++) {
    const pool = poolOf(k as Kotak, config);
    if (pool === undefined) continue;
    counts[pool] += byKotak[k];
    counts.total += byKotak[k];
  }
  return counts;
}
