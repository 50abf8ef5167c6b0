// After Klasifikasi: the nine-box of counts, the rows not classified, the sheets written, the download (browser).
import { useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import type { PaneModel } from "../use-pane";
import { errorText } from "../error-text";
import type { WorkbookActions } from "../services";
import { downloadBytes, resultFileName } from "../download";
import { NineBoxGrid } from "./NineBoxGrid";
import { IssueList } from "./IssueList";
import { Dashboard } from "./Dashboard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sheets: { margin: 0, paddingLeft: "1.2em" },
});

interface Props {
  pane: PaneModel;
  workbook: WorkbookActions;
  fileName?: string;
}

export function RunResult({ pane, workbook, fileName }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const [saveError, setSaveError] = useState<string | undefined>();
  const run = pane.run;
  if (run.state === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t.unexpected(run.message)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (run.state !== "done") return null;
  if (!run.outcome.ok) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{run.outcome.error.message}</MessageBarBody>
      </MessageBar>
    );
  }
  const s = run.outcome.summary;
  const save = workbook.save;
  const errors = s.issues.filter((i) => i.severity === "error");
  const warnings = s.issues.filter((i) => i.severity === "warning");

  async function download() {
    setSaveError(undefined);
    try {
      downloadBytes(await save!(), resultFileName(fileName ?? "talenta.xlsx"));
    } catch (e) {
      setSaveError(t.unexpected(errorText(e)));
    }
  }

  return (
    <section className={styles.root} aria-labelledby="talenta-result">
      <h2 id="talenta-result" className={styles.heading}>
        {t.nineBox}
      </h2>
      <Text role="status">{t.done(s.classified)}</Text>
      <NineBoxGrid counts={s.kotakCounts} label={t.nineBox} />
      {save && (
        <Button appearance="primary" onClick={() => void download()}>
          {t.download}
        </Button>
      )}
      {saveError && (
        <MessageBar intent="error">
          <MessageBarBody>{saveError}</MessageBarBody>
        </MessageBar>
      )}
      {s.issues.length === 0 && <Text>{t.noIssues}</Text>}
      <IssueList title={t.notClassified(s.notClassified)} issues={errors} sheet={s.sheet} selectCell={workbook.selectCell} />
      <IssueList title={t.flagged(s.flagged)} issues={warnings} sheet={s.sheet} selectCell={workbook.selectCell} />
      {s.sheetsWritten.length > 0 && (
        <div>
          <h3 className={styles.heading}>{t.sheetsWritten}</h3>
          <ul className={styles.sheets}>
            {s.sheetsWritten.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
      <Dashboard counts={s.kotakCounts} />
    </section>
  );
}
