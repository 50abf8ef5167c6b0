import { describe, expect, it } from "vitest";
import { groupCount, topGroups } from "../../../src/taskpane/chart/group-series";
import { kotakShade } from "../../../src/taskpane/chart/kotak-shades";
import { shortLabel } from "../../../src/taskpane/chart/stacked-chart";

/** Counts with `n` rows in kotak `k` (index 0 = not classified). */
const rows = (k: number, n: number) => Array.from({ length: 10 }, (_, i) => (i === k ? n : 0));

describe("dashboard per unit kerja / jenjang: the largest groups and Lainnya", () => {
  it("orders groups by their number of rows, ties by name, and keeps every group when there are at most 15", () => {
    const bars = topGroups({ Dinas: rows(9, 2), Badan: rows(5, 4), Inspektorat: rows(0, 2), "": rows(1, 1) });
    expect(bars.map((b) => [b.key, b.total])).toEqual([["Badan", 4], ["Dinas", 2], ["Inspektorat", 2], ["", 1]]);
    expect(bars.every((b) => b.groups === 1 && b.counts.length === 10)).toBe(true);
  });

  it("shows exactly 15 groups with no Lainnya bar at the limit", () => {
    const groups = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`Unit ${String(i).padStart(2, "0")}`, rows(5, 20 - i)]));
    const bars = topGroups(groups);
    expect(bars).toHaveLength(15);
    expect(bars.some((b) => b.key === undefined)).toBe(false);
  });

  it("sums the 16th group onward into one Lainnya bar, per kotak", () => {
    // 15 units of 10 rows each, then three small ones: 3 rows (kotak 9 ×2, not classified ×1), 2 rows, 1 row.
    const groups: Record<string, number[]> = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`Unit ${i}`, rows(5, 10)]));
    groups["Kecil A"] = [1, 0, 0, 0, 0, 0, 0, 0, 0, 2];
    groups["Kecil B"] = rows(4, 2);
    groups["Kecil C"] = rows(9, 1);
    const bars = topGroups(groups);
    expect(bars).toHaveLength(16);
    const other = bars[15];
    expect(other.key).toBeUndefined();
    expect(other.groups).toBe(3);
    expect(other.total).toBe(6);
    expect(other.counts).toEqual([1, 0, 0, 0, 2, 0, 0, 0, 0, 3]);
    expect(bars.slice(0, 15).every((b) => b.total === 10)).toBe(true);
  });

  it("drops groups without rows and counts only the groups that have some", () => {
    const groups = { A: rows(3, 0), B: rows(3, 1) };
    expect(topGroups(groups).map((b) => b.key)).toEqual(["B"]);
    expect(groupCount(groups)).toBe(1);
    expect(topGroups({})).toEqual([]);
  });

  it("gives boxes of the same colour band different shades, so stacked segments do not merge", () => {
    const shades = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => kotakShade(k as 1));
    expect(new Set(shades).size).toBe(9);
    // The first box of a band is the report's marker colour; box 9 is alone in its band.
    expect(shades[0]).toBe("#D32F2F");
    expect(shades[3]).toBe("#E6A100");
    expect(shades[8]).toBe("#1B5E20");
  });

  it("cuts long group names on the axis at 18 characters with an ellipsis, and leaves 18 as they are", () => {
    expect(shortLabel("Dinas Pendidikan K")).toBe("Dinas Pendidikan K");
    expect(shortLabel("Dinas Pendidikan Ke")).toBe("Dinas Pendidikan…");
  });
});
