// Where a person sits on the chart, in grid space: each axis runs 0–3, one unit per level, so the chart's
// gridlines (majorUnit 1) fall exactly on the box borders of the printed grid.
import type { Level } from "../domain/classification";
import type { Cuts } from "../domain/ninebox";

/** Points stay this far from a box border, so nobody appears to sit in two boxes. */
export const BORDER_MARGIN = 0.05;
/** Categorical axes: points spread at most this far from the box centre (a fraction of the box). */
export const JITTER_SPREAD = 0.3;

function clampInBox(fraction: number): number {
  if (!(fraction >= BORDER_MARGIN)) return BORDER_MARGIN; // also catches NaN
  return fraction > 1 - BORDER_MARGIN ? 1 - BORDER_MARGIN : fraction;
}

/** A number in [0, 1) from an integer, the same every run (a small integer hash; no Math.random). */
export function unitHash(n: number): number {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * Position on one axis: level − 1 plus the score's place inside its band ([0, mid), [mid, high), [high, 100]),
 * kept within [0.05, 0.95] of the box. Without a score (categorical axis) the box centre, jittered by `seed`.
 * NaN when the level is not determined.
 */
export function axisPosition(level: Level, score: number, cuts: Cuts, seed: number): number {
  return axisPositionAt(level, score, cuts.mid, cuts.high, seed);
}

/** axisPosition with the cuts as numbers, for the 100,000-point loop (no object made per run reaches it). */
export function axisPositionAt(level: number, score: number, mid: number, top: number, seed: number): number {
  if (level === 0) return Number.NaN;
  let fraction: number;
  if (Number.isNaN(score)) {
    fraction = 0.5 + (unitHash(seed) - 0.5) * JITTER_SPREAD * 2;
  } else {
    const low = level === 1 ? 0 : level === 2 ? mid : top;
    const high = level === 1 ? mid : level === 2 ? top : 100;
    fraction = high > low ? (score - low) / (high - low) : 0.5;
  }
  return level - 1 + clampInBox(fraction);
}
