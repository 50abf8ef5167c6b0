// Rows not classified and rows flagged, worded by the glossary. In Excel a click selects the cell.
import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Issue } from "../../domain/issues";
import { formatIssue } from "../../domain/glossary";
import { quoteSheetName } from "../../grid/a1";
import { useLang, useStrings } from "../i18n";

const SHOWN = 50;

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, paddingLeft: "1.2em", display: "flex", flexDirection: "column", rowGap: "4px" },
  address: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, marginRight: "4px" },
});

interface Props {
  title: string;
  issues: Issue[];
  sheet: string;
  selectCell?(sheet: string, a1: string): Promise<void>;
}

export function IssueList({ title, issues, sheet, selectCell }: Props) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  if (issues.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      <ul className={styles.list}>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={`${issue.row}-${issue.code}-${i}`}>
            {issue.cell &&
              (selectCell ? (
                <Link as="button" className={styles.address} onClick={() => void selectCell(sheet, issue.cell!)} aria-label={t.goToCell(issue.cell)}>
                  {issue.cell}
                </Link>
              ) : (
                <Text className={styles.address}>{`${quoteSheetName(sheet)}!${issue.cell}`}</Text>
              ))}
            <Text size={200}>{formatIssue({ ...issue, cell: undefined }, lang)}</Text>
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && <Text size={200}>{t.more(issues.length - SHOWN)}</Text>}
    </section>
  );
}
