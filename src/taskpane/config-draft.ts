// The weights/cuts editor's state: text as typed, checked live, turned into a configuration only when valid.
// The configuration schema (domain/config.ts) stays the authority: a draft is valid only if parseConfig accepts it.
import { parseConfig, type AxisName, type TalentaConfig } from "../domain/config";

export const AXES: readonly AxisName[] = ["kinerja", "potensial"];

export interface WeightDraft {
  id: string;
  label: string;
  labelEn?: string;
  weight: string;
}

export interface AxisDraft {
  scored: boolean;
  weights: WeightDraft[];
  mid: string;
  high: string;
}

export interface ConfigDraft {
  base: TalentaConfig;
  axes: Record<AxisName, AxisDraft>;
}

export interface AxisCheck {
  sum: number;
  sumOk: boolean;
  /** Per weight: false when it is not a number in (0, 100]. */
  weightOk: boolean[];
  midOk: boolean;
  highOk: boolean;
  orderOk: boolean;
}

export type DraftCheck = { ok: true; config: TalentaConfig; edited: boolean; axes: Record<AxisName, AxisCheck> } | { ok: false; axes: Record<AxisName, AxisCheck> };

// Same tolerance as the schema's, so the editor never accepts what parseConfig refuses (or the reverse).
const WEIGHT_TOLERANCE = 1e-9;

export function draftOf(config: TalentaConfig): ConfigDraft {
  const axis = (name: AxisName): AxisDraft => {
    const a = config[name];
    return {
      scored: a.kind === "scored",
      weights: a.kind === "scored" ? a.inputs.map((i) => ({ id: i.id, label: i.label, labelEn: i.labelEn, weight: String(i.weight) })) : [],
      mid: String(config.cuts[name].mid),
      high: String(config.cuts[name].high),
    };
  };
  return { base: config, axes: { kinerja: axis("kinerja"), potensial: axis("potensial") } };
}

/** "85,5" and "85.5" are the same number; an empty field is no number. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(",", ".");
  return t === "" ? NaN : Number(t);
}

function checkAxis(d: AxisDraft): AxisCheck {
  const weights = d.weights.map((w) => parseNumber(w.weight));
  const sum = weights.reduce((s, w) => s + (Number.isFinite(w) ? w : 0), 0);
  const mid = parseNumber(d.mid);
  const high = parseNumber(d.high);
  const inRange = (x: number) => Number.isFinite(x) && x >= 0 && x <= 100;
  return {
    sum,
    sumOk: !d.scored || Math.abs(sum - 100) <= WEIGHT_TOLERANCE,
    weightOk: weights.map((w) => Number.isFinite(w) && w > 0 && w <= 100),
    midOk: !d.scored || inRange(mid),
    highOk: !d.scored || inRange(high),
    orderOk: !d.scored || !inRange(mid) || !inRange(high) || mid < high,
  };
}

function axisValid(c: AxisCheck): boolean {
  return c.sumOk && c.weightOk.every(Boolean) && c.midOk && c.highOk && c.orderOk;
}

export function checkDraft(draft: ConfigDraft): DraftCheck {
  const axes = { kinerja: checkAxis(draft.axes.kinerja), potensial: checkAxis(draft.axes.potensial) };
  if (!AXES.every((a) => axisValid(axes[a]))) return { ok: false, axes };
  const config = configOf(draft);
  const edited = JSON.stringify(config) !== JSON.stringify(draft.base);
  const final = edited ? { ...config, preset: "custom" as const } : config;
  const parsed = parseConfig(final);
  return parsed.ok ? { ok: true, config: parsed.config, edited, axes } : { ok: false, axes };
}

function configOf(draft: ConfigDraft): TalentaConfig {
  const config = structuredClone(draft.base);
  for (const name of AXES) {
    const d = draft.axes[name];
    const axis = config[name];
    if (axis.kind !== "scored") continue;
    axis.inputs = axis.inputs.map((input, i) => ({ ...input, weight: parseNumber(d.weights[i].weight) }));
    config.cuts[name] = { mid: parseNumber(d.mid), high: parseNumber(d.high) };
  }
  return config;
}

export function setWeight(draft: ConfigDraft, axis: AxisName, index: number, weight: string): ConfigDraft {
  const weights = draft.axes[axis].weights.map((w, i) => (i === index ? { ...w, weight } : w));
  return { ...draft, axes: { ...draft.axes, [axis]: { ...draft.axes[axis], weights } } };
}

export function setCut(draft: ConfigDraft, axis: AxisName, which: "mid" | "high", value: string): ConfigDraft {
  return { ...draft, axes: { ...draft.axes, [axis]: { ...draft.axes[axis], [which]: value } } };
}
