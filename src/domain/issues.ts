// A problem in the user's data is a value, never an exception (STYLE: "issues are data").
// Wording comes last: report/ and the UI turn `code` + `data` into Indonesian or English via the glossary.
import type { FieldId } from "./fields";

export type IssueCode =
  /** A weighted or categorical input the preset needs has no value in this row. */
  | "missing-value"
  /** A number outside its scale (score < 0 or > 100, JPM > 200). */
  | "out-of-scale"
  /** A text where a number was expected. */
  | "not-a-number"
  /** A formula saved without its result (the file was written by a program, never calculated by Excel). */
  | "formula-without-value"
  /** A label (predikat, kategori) that is none of the known variants. */
  | "unknown-label"
  | "nip-missing"
  /** The NIP cell holds a number: Excel kept 15 digits, the rest are lost. */
  | "nip-stored-as-number"
  /** Not 18 digits, or the date / TMT / gender parts are impossible. */
  | "nip-invalid"
  | "nip-duplicate"
  /** A date cell that cannot be read as a date. */
  | "invalid-date"
  /** The configuration needs a column the sheet lacks (no column mapped to the field). */
  | "missing-column";

export interface Issue {
  code: IssueCode;
  /**
   * "error": the row is not classified — except an error on the NIP (a NIP stored as a number), which RULES §6 has
   * the row carry while it is still classified (leavesRowUnclassified). "warning": classified and flagged.
   */
  severity: "error" | "warning";
  /** Record index in the TalentaTable. */
  row: number;
  /** A1 address of the offending cell, without the sheet name. */
  cell?: string;
  field?: FieldId;
  /** The value as read. */
  input?: string | number | boolean | null;
  /** What a message needs, e.g. { max: 100 } or { year: 2024 } or { reason: "tanggal-lahir" }. */
  data?: Record<string, string | number>;
}

/**
 * Whether the issue is why its row gets no box: every error but one on the NIP (RULES §6: a NIP stored as a number
 * is an error on a row that is still classified). Lists titled "not classified" take these issues, never every error.
 */
export function leavesRowUnclassified(issue: Pick<Issue, "severity" | "code">): boolean {
  return issue.severity === "error" && !issue.code.startsWith("nip-");
}
