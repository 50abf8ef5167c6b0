// What domain/ returns for a table: one entry per record, column-oriented like the table.
import type { Issue } from "./issues";

/** 1 = Rendah / Di Bawah Ekspektasi, 2 = Menengah / Sesuai, 3 = Tinggi / Di Atas; 0 = not determined. */
export type Level = 0 | 1 | 2 | 3;
/** 1..9 (PermenPANRB 3/2020 numbering); 0 = not classified. */
export type Kotak = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface Classification {
  /** Axis scores 0–100, unrounded; NaN when the axis is categorical or a needed input is missing. */
  kinerjaScore: Float64Array;
  potensialScore: Float64Array;
  kinerjaLevel: Uint8Array;
  potensialLevel: Uint8Array;
  /** 0 when not classified: then `issues` holds at least one error for that row. */
  kotak: Uint8Array;
  /** NaN when not defined by the preset's rule (RULES §5). */
  nilaiTalenta: Float64Array;
  /** Every issue of the run (the table's parse issues included), ordered by row. */
  issues: Issue[];
}
