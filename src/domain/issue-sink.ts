// Collects the issues of one classification run. A cell the table already flagged is not flagged twice:
// when the rules need that cell, the table's warning becomes the row's error (RULES §5, §6).
import { cellAddress } from "../grid/a1";
import type { FieldId } from "./fields";
import { leavesRowUnclassified, type Issue, type IssueCode } from "./issues";
import type { TalentaTable } from "./table";

export class IssueSink {
  /** 1 for rows that carry an error: they get no kotak. */
  readonly failed: Uint8Array;
  private readonly added: Issue[] = [];
  private readonly tableIssues: Issue[];
  private readonly tableIndex = new Map<string, number>();
  private readonly seen = new Map<string, Uint8Array>();

  constructor(private readonly table: TalentaTable) {
    this.failed = new Uint8Array(table.sheetRows.length);
    this.tableIssues = table.issues.map((i) => ({ ...i }));
    this.tableIssues.forEach((issue, k) => {
      if (issue.cell !== undefined) this.tableIndex.set(key(issue.row, issue.cell, issue.code), k);
      // A NIP stored as a number still classifies (RULES §6); any other error the table holds stops the row.
      if (leavesRowUnclassified(issue)) this.failed[issue.row] = 1;
    });
  }

  cellOf(row: number, col: number): string {
    return cellAddress(this.table.sheetRows[row], col);
  }

  /** Rows for which the table already holds an issue with this code. */
  tableRowsWith(code: IssueCode): Set<number> {
    return new Set(this.table.issues.filter((i) => i.code === code).map((i) => i.row));
  }

  /**
   * Adds an issue unless this row already has one with the same code for the same column (`col`, -1 for none);
   * a matching table issue is raised to an error instead of repeated.
   */
  add(issue: Issue, col = -1): void {
    if (issue.severity === "error") this.failed[issue.row] = 1;
    // One bitmap per (code, column) instead of a string key per issue: 100,000 issues stay cheap.
    const k = `${issue.code}:${col}`;
    let rows = this.seen.get(k);
    if (!rows) this.seen.set(k, (rows = new Uint8Array(this.failed.length)));
    if (rows[issue.row]) return;
    rows[issue.row] = 1;
    const fromTable = this.tableIndex.size === 0 || issue.cell === undefined ? undefined : this.tableIndex.get(key(issue.row, issue.cell, issue.code));
    if (fromTable !== undefined) {
      const t = this.tableIssues[fromTable];
      if (issue.severity === "error") t.severity = "error";
      if (issue.data) t.data = { ...issue.data, ...t.data };
      return;
    }
    this.added.push(issue);
  }

  /** A needed value is absent. When the table already said why (a text, a value out of scale), that becomes the error. */
  missing(row: number, col: number, field: FieldId, input: string): void {
    const cell = this.cellOf(row, col);
    const known =
      this.tableIndex.size === 0 ? undefined : CAUSES_OF_NO_VALUE.find((code) => this.tableIndex.has(key(row, cell, code)));
    this.add({ code: known ?? "missing-value", severity: "error", row, cell, field, data: { input } }, col);
  }

  /** Every issue, table issues first within a row, ordered by row. */
  all(): Issue[] {
    return [...this.tableIssues, ...this.added].sort((a, b) => a.row - b.row);
  }
}

const CAUSES_OF_NO_VALUE: readonly IssueCode[] = ["not-a-number", "out-of-scale", "formula-without-value"];

function key(row: number, cell: string, code: IssueCode): string {
  return `${row}|${cell}|${code}`;
}
