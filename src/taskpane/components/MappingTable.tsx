// The detected header row and what each column means, editable: one drop-down per header column.
import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { FIELD_IDS, type FieldId } from "../../domain/fields";
import { fieldLabel } from "../../domain/glossary";
import { columnLetters } from "../../grid/a1";
import type { RunError } from "../../app/types";
import { assignColumn, type MappedColumn } from "../mapping";
import { useLang, useStrings } from "../i18n";
import type { PaneModel } from "../use-pane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  table: { tableLayout: "fixed", width: "100%" },
  letter: { width: "2.6em" },
  header: { overflowWrap: "break-word", hyphens: "auto" },
  meaning: { width: "52%" },
  via: { color: tokens.colorNeutralForeground3, display: "block" },
});

/** The columns to show: from the preview, or from the error when the preset's inputs are missing. */
export function mappedColumns(pane: PaneModel): { columns: MappedColumn[]; headerRows: number[]; missing?: RunError } {
  const o = pane.preview.outcome;
  if (!o) return { columns: [], headerRows: [] };
  if (o.ok) return { columns: o.summary.columns, headerRows: o.summary.headerRows };
  const columns = Array.isArray(o.error.data?.columns) ? (o.error.data.columns as MappedColumn[]) : [];
  const headerRows = Array.isArray(o.error.data?.headerRows) ? (o.error.data.headerRows as number[]) : [];
  return { columns, headerRows, missing: o.error.code === "preset-inputs-missing" ? o.error : undefined };
}

function missingFields(error: RunError): FieldId[] {
  const d = error.data ?? {};
  if (Array.isArray(d.missing)) return d.missing as FieldId[];
  // Automatic choice: name what the closest preset lacks, not the union of every preset's inputs.
  if (Array.isArray(d.candidates)) {
    const closest = [...(d.candidates as { missing: FieldId[] }[])].sort((a, b) => a.missing.length - b.missing.length)[0];
    return closest?.missing ?? [];
  }
  return [];
}

export function MappingTable({ pane }: { pane: PaneModel }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const { columns, headerRows, missing } = mappedColumns(pane);
  if (columns.length === 0) return null;

  const onChange = (col: number, value: string) =>
    pane.setOverrides(assignColumn(columns, pane.overrides, col, value === "" ? undefined : (value as FieldId)));

  return (
    <section className={styles.root} aria-labelledby="talenta-mapping">
      <h2 id="talenta-mapping" className={styles.heading}>
        {t.mapping}
      </h2>
      <Caption1>
        {headerRows.length > 0 && t.headerRow(headerRows.map((r) => r + 1).join(", "))} · {t.mappingHint}
      </Caption1>
      {missing && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.unmapped(missingFields(missing).map((f) => fieldLabel(f, lang)).join(", "))} {missing.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <Table size="extra-small" className={styles.table} aria-label={t.mapping}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.letter}>{t.column}</TableHeaderCell>
            <TableHeaderCell>{t.header}</TableHeaderCell>
            <TableHeaderCell className={styles.meaning}>{t.meaning}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {columns.map((c) => (
            <TableRow key={c.col}>
              <TableCell>{columnLetters(c.col)}</TableCell>
              <TableCell className={styles.header}>{c.header}</TableCell>
              <TableCell>
                <Select
                  size="small"
                  aria-label={`${t.meaning}: ${c.header}`}
                  value={c.field ?? ""}
                  onChange={(_, d) => onChange(c.col, d.value)}
                >
                  <option value="">{t.notUsed}</option>
                  {FIELD_IDS.map((f) => (
                    <option key={f} value={f}>
                      {fieldLabel(f, lang)}
                    </option>
                  ))}
                </Select>
                {/* A header matched word for word needs no note; a guess or the user's own choice gets one. */}
                {c.field && c.via !== "header" && <Caption1 className={styles.via}>{t.via[c.via] ?? c.via}</Caption1>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
