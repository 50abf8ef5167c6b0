// Lets the column's content settle what the header cannot (synonyms.ts CONTENT_DECIDED and CONTENT_ONLY):
// `Pendidikan` holding 0–100 scores is tingkatPendidikan, `NAMA / NIP` holding 18-digit numbers is the NIP,
// a column without a header holding predikat labels is the predikat when no other column is.
import type { FieldId } from "../domain/fields";
import type { Grid } from "../grid/types";
import { decideContent, profileColumn } from "./content-sniff";
import { headerWords, withoutParentheses } from "./normalise";
import { CONTENT_DECIDED, CONTENT_ONLY, type ContentClass } from "./synonyms";
import type { DetectedColumn } from "./types";

/** Rows looked at to decide; enough to be sure, few enough to stay cheap on 100,000 rows. */
const SAMPLE_ROWS = 1000;

const decidedByHeader = new Map<string, Partial<Record<ContentClass, FieldId>>>();
for (const entry of CONTENT_DECIDED) {
  for (const h of entry.headers) decidedByHeader.set(headerWords(withoutParentheses(h)).tokens.join(" "), entry.choices);
}

export interface ContentColumn extends DetectedColumn {
  /** The header is a known word; content-only mapping is for columns whose header says nothing. */
  known: boolean;
}

/** Applies content decisions in place over the grid rows [fromRow, toRow]. */
export function decideByContent(grid: Grid, columns: ContentColumn[], fromRow: number, toRow: number): void {
  if (toRow < fromRow) return;
  const last = Math.min(toRow, fromRow + SAMPLE_ROWS - 1);
  const profile = (col: DetectedColumn) =>
    profileColumn(grid.values, grid.numberFormats, col.col - grid.origin.col, fromRow, last);

  for (const col of columns) {
    const choices = decidedByHeader.get(headerWords(withoutParentheses(col.header)).tokens.join(" "));
    if (!choices) continue;
    const decided = decideContent(profile(col), Object.keys(choices) as ContentClass[]);
    const field = decided && choices[decided.cls];
    if (!decided || !field || field === col.field) continue;
    col.field = field;
    col.via = "content";
    col.confidence = 0.9 * decided.share;
  }

  const mapped = new Set(columns.map((c) => c.field).filter((f) => f !== undefined));
  const onlyClasses = Object.keys(CONTENT_ONLY) as ContentClass[];
  const bestFor = new Map<FieldId, { col: ContentColumn; share: number }>();
  for (const col of columns) {
    if (col.field !== undefined || col.known) continue;
    const decided = decideContent(profile(col), onlyClasses);
    const field = decided && CONTENT_ONLY[decided.cls];
    if (!decided || !field || mapped.has(field)) continue;
    const held = bestFor.get(field);
    if (!held || decided.share > held.share) bestFor.set(field, { col, share: decided.share });
  }
  for (const [field, { col, share }] of bestFor) {
    col.field = field;
    col.via = "content";
    col.confidence = 0.8 * share;
  }
}
