// Indeks Sistem Merit categories (reference §6, RULES §8) on the 100–400 scale.

export interface MeritCategory {
  kategori: 1 | 2 | 3 | 4;
  /** Roman numeral as published: I..IV */
  roman: "I" | "II" | "III" | "IV";
  label: "Buruk" | "Kurang" | "Baik" | "Sangat Baik";
  /** Below 325 (Sangat Baik): RULES §8 says so plainly in the leadership summary. */
  belowSangatBaik: boolean;
}

const CATEGORIES: (Omit<MeritCategory, "belowSangatBaik"> & { from: number })[] = [
  { kategori: 4, roman: "IV", label: "Sangat Baik", from: 325 },
  { kategori: 3, roman: "III", label: "Baik", from: 250 },
  { kategori: 2, roman: "II", label: "Kurang", from: 175 },
  { kategori: 1, roman: "I", label: "Buruk", from: 100 },
];

/** I 100–174 Buruk, II 175–249 Kurang, III 250–324 Baik, IV 325–400 Sangat Baik; undefined outside 100–400. */
export function meritIndexCategory(score: number): MeritCategory | undefined {
  if (!Number.isFinite(score) || score < 100 || score > 400) return undefined;
  const { from: _from, ...category } = CATEGORIES.find((c) => score >= c.from)!;
  return { ...category, belowSangatBaik: category.kategori < 4 };
}
