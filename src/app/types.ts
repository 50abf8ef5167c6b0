// What the use cases take and return. The UI, the ribbon command and the CLI all speak these types.
import type { FieldId } from "../domain/fields";
import type { Issue } from "../domain/issues";

export type Lang = "id" | "en";

export interface ClassifyRequest {
  /** Sheet to classify; default: the first visible sheet with a recognisable header (the active sheet in Excel). */
  sheet?: string;
  /** Preset id; default: the saved configuration, else the automatic choice (RULES §5). */
  presetId?: string;
  /** A configuration object (validated here with zod); wins over presetId and the saved one. */
  config?: unknown;
  /** Column overrides: field → 0-based sheet column, or null to unmap. */
  overrides?: Partial<Record<FieldId, number | null>>;
  /** Column overrides by header text (as the user sees it), e.g. from `--map jpm="JPM (%)"`. */
  mapByHeader?: Partial<Record<FieldId, string>>;
  lang?: Lang;
  /** The run's clock (tests pin it). */
  now?: Date;
  onProgress?: (step: ProgressStep) => void;
}

export type ProgressStep = "read" | "detect" | "classify" | "report" | "write" | "done";

/** Counts and facts of a finished run, for the pane, the ribbon and the CLI. */
export interface RunSummary {
  sheet: string;
  /** Preview only: why Klasifikasi would refuse to write on this host (e.g. the data is under an Excel filter). */
  blocked?: RunError;
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  columns: { col: number; header: string; field?: FieldId; via: string }[];
  presetId: string;
  presetReason: string;
  rows: number;
  classified: number;
  notClassified: number;
  flagged: number;
  /** Index 1..9 = count per kotak; index 0 unused. */
  kotakCounts: number[];
  poolInstansi: number;
  poolNasional: number;
  issues: Issue[];
  sheetsWritten: string[];
  resultColumns: { first: number; last: number };
  /**
   * Counts per kotak (index 0 = not classified, 1..9 = kotak) grouped by unit kerja and by jenjang, for the pane's
   * stacked bars. A group key is the cell text as written; rows without one count under "".
   */
  groupCounts?: { unitKerja: Record<string, number[]>; jenjang: Record<string, number[]> };
  /** RULES §8 headline facts; absent only when the run wrote no succession sheets. */
  succession?: SuccessionSummary;
}

/** The succession plan of a run, worded in the run's language, for the pane and the CLI. */
export interface SuccessionSummary {
  /** The workbook's Jabatan Target sheet; undefined when it has none (no Suksesi sheet then). */
  targetsSheet?: string;
  /** yyyy-mm-dd: age and years to BUP are counted on this day. */
  placementDate: string;
  /** Members of the talent pool (KRS Instansi boxes). */
  poolSize: number;
  bench: Record<"hijau" | "kuning" | "merah", number>;
  positions: SuccessionPositionSummary[];
  /** Pool members left out of succession because their NIP was stored as a number (RULES §6), and why. */
  excluded: { nip: string | null; nama: string; kotak: number; reasons: string[] }[];
  /** Problems found on the Jabatan Target sheet. */
  issues: { code: string; cell?: string; message: string }[];
}

export interface SuccessionPositionSummary {
  name: string;
  jenjang?: string;
  unitKerja?: string;
  bench: "hijau" | "kuning" | "merah";
  benchLabel: string;
  benchReason: string;
  jumlahSuksesor: number;
  /** Pool members passing every rule, before the cut to Jumlah Suksesor. */
  eligibleCount: number;
  candidates: {
    nip: string | null;
    nama: string;
    kotak: number;
    nilaiTalenta: number | null;
    readiness: "siap-sekarang" | "siap-1-2-tahun" | "belum-siap";
    readinessLabel: string;
    /** The rules passed, worded. */
    reasons: string[];
  }[];
  nearMisses: { nip: string | null; nama: string; kotak: number; reasons: string[] }[];
  /** The position's block on the Suksesi sheet (for "go to"). */
  block?: { sheet: string; cell: string };
}

export type RunErrorCode =
  | "sheet-not-found"
  | "sheet-protected"
  | "empty-sheet"
  | "no-header"
  | "preset-inputs-missing"
  | "invalid-config"
  /** The data's rows are under an active filter and the host cannot write safely there (issue 3). */
  | "data-filtered"
  /** The request maps a field by a header text that no cell of the sheet's header area holds. */
  | "map-header-not-found"
  /** The request maps two fields to one column. */
  | "map-same-column"
  /** An explicit mapping names a column with nothing in it on the sheet. */
  | "map-column-empty";

export interface RunError {
  code: RunErrorCode;
  /** Already worded in the request's language. */
  message: string;
  data?: Record<string, unknown>;
}

export type ClassifyOutcome = { ok: true; summary: RunSummary } | { ok: false; error: RunError };
