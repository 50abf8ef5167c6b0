// Collects the issues of one classification run. A cell the table already flagged is not flagged twice:
// when the rules need that cell, the table's warning becomes the row's error (RULES §5, §6).
import { cellAddress } from "../grid/a1";
import type { FieldId } from "./fields";
import type { Issue, IssueCode } from "./issues";
import type { TalentaTable } from "./table";

export class IssueSink {
  /** 1 for rows that carry an error: they get no kotak. */
  readonly failed: Uint8Array;
  private readonly added: Issue[] = [];
  private readonly tableIssues: Issue[];
  private readonly tableIndex = new Map<string, number>();
  private readonly seen = new Set<string>();

  constructor(private readonly table: TalentaTable) {
    this.failed = new Uint8Array(table.sheetRows.length);
    this.tableIssues = table.issues.map((i) => ({ ...i }));
    this.tableIssues.forEach((issue, k) => {
      if (issue.cell !== undefined) this.tableIndex.set(key(issue.row, issue.cell, issue.code), k);
      // A NIP stored as a number still classifies (RULES §6); any other error the table holds stops the row.
      if (issue.severity === "error" && !issue.code.startsWith("nip-")) this.failed[issue.row] = 1;
    });
  }

  cellOf(row: number, col: number): string {
    return cellAddress(this.table.sheetRows[row], col);
  }

  /** Rows for which the table already holds an issue with this code. */
  tableRowsWith(code: IssueCode): Set<number> {
    return new Set(this.table.issues.filter((i) => i.code === code).map((i) => i.row));
  }

  /** Adds an issue unless the same (row, cell, code) is known; raises a matching table issue to an error. */
  add(issue: Issue): void {
    if (issue.severity === "error") this.failed[issue.row] = 1;
    const k = key(issue.row, issue.cell ?? "", issue.code);
    if (this.seen.has(k)) return;
    this.seen.add(k);
    const fromTable = issue.cell === undefined ? undefined : this.tableIndex.get(k);
    if (fromTable !== undefined) {
      const t = this.tableIssues[fromTable];
      if (issue.severity === "error") t.severity = "error";
      if (issue.data) t.data = { ...issue.data, ...t.data };
      return;
    }
    this.added.push(issue);
  }

  /** A needed value is absent: `not-a-number` when the table saw a text there, else `missing-value`. */
  missing(row: number, col: number, field: FieldId, input: string): void {
    const cell = this.cellOf(row, col);
    const code: IssueCode = this.tableIndex.has(key(row, cell, "not-a-number")) ? "not-a-number" : "missing-value";
    this.add({ code, severity: "error", row, cell, field, data: { input } });
  }

  /** Every issue, table issues first within a row, ordered by row. */
  all(): Issue[] {
    return [...this.tableIssues, ...this.added].sort((a, b) => a.row - b.row);
  }
}

function key(row: number, cell: string, code: IssueCode): string {
  return `${row}|${cell}|${code}`;
}
