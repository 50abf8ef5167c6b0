// Columns of "Talenta - Suksesi". One table of positions, so the summary, the blocks and the widths agree.
// `Preferensi Karier` gets a column only when the data sheet has one (RULES §8: shown, never ranked on).
import type { CellStyle } from "../grid/types";
import { TALENTA_HEADER, TALENTA_LIGHT } from "./palette";

export type SuksesiColumn =
  | "rank"
  | "nip"
  | "nama"
  | "jabatan"
  | "unit"
  | "pangkat"
  | "kotak"
  | "nilaiTalenta"
  | "jpm"
  | "readiness"
  | "fieldFit"
  | "rules"
  | "count"
  | "preferensi";

const WIDTHS: Record<SuksesiColumn, number> = {
  rank: 7,
  nip: 21,
  nama: 30,
  jabatan: 30,
  unit: 26,
  pangkat: 9,
  kotak: 7,
  nilaiTalenta: 9,
  jpm: 8,
  readiness: 15,
  fieldFit: 15,
  rules: 34,
  count: 12,
  preferensi: 22,
};

export interface SuksesiLayout {
  columns: SuksesiColumn[];
  /** 0-based column of each kind. */
  at: Record<SuksesiColumn, number>;
  /** Last column index. */
  last: number;
  widths: { col: number; width: number }[];
}

export function suksesiLayout(withPreferensi: boolean): SuksesiLayout {
  const columns = (Object.keys(WIDTHS) as SuksesiColumn[]).filter((c) => withPreferensi || c !== "preferensi");
  const at = Object.fromEntries(columns.map((c, i) => [c, i])) as Record<SuksesiColumn, number>;
  if (!withPreferensi) at.preferensi = -1;
  return {
    columns,
    at,
    last: columns.length - 1,
    widths: columns.map((c, i) => ({ col: i, width: WIDTHS[c] })),
  };
}

export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: TALENTA_HEADER.fill,
  fontColor: TALENTA_HEADER.font,
  hAlign: "center",
  vAlign: "center",
  wrap: true,
  border: "thin",
};
export const LABEL_STYLE: CellStyle = { bold: true, fill: TALENTA_LIGHT, vAlign: "top", border: "thin" };
export const VALUE_STYLE: CellStyle = { wrap: true, vAlign: "top", border: "thin" };
export const BODY_STYLE: CellStyle = { wrap: true, vAlign: "top", border: "thin", fontSize: 10 };
