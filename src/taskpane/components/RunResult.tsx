// After Klasifikasi: the nine-box of counts, the rows not classified, the sheets written, the download (browser).
import { useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import type { PaneModel } from "../use-pane";
import { errorText } from "../error-text";
import type { WorkbookActions } from "../services";
import { downloadBytes, resultFileName } from "../download";
import { leavesRowUnclassified } from "../../domain/issues";
import { NineBoxGrid } from "./NineBoxGrid";
import { IssueList } from "./IssueList";
import { Dashboard } from "./Dashboard";
import { GroupChart } from "./GroupChart";
import { SuccessionView } from "./SuccessionView";

type View = "result" | "succession" | "dashboard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sheets: { margin: 0, paddingLeft: "1.2em" },
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
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
  const [view, setView] = useState<View>("result");
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
  // A NIP stored as a number is an error on a row that is still classified: it is listed with the flags.
  const errors = s.issues.filter(leavesRowUnclassified);
  const warnings = s.issues.filter((i) => !leavesRowUnclassified(i));
  // A run without a succession plan has no Suksesi tab: fall back to the results.
  const shown: View = view === "succession" && !s.succession ? "result" : view;

  async function download() {
    setSaveError(undefined);
    try {
      downloadBytes(await save!(), resultFileName(fileName ?? "talenta.xlsx", workbook.fileType?.extension), workbook.fileType);
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
      <TabList
        className={styles.tabs}
        aria-label={t.tabsLabel}
        selectedValue={shown}
        onTabSelect={(_, d) => setView(d.value as View)}
        size="small"
      >
        <Tab id="talenta-tab-result" value="result">
          {t.tabs.result}
        </Tab>
        {s.succession && (
          <Tab id="talenta-tab-succession" value="succession">
            {t.tabs.succession}
          </Tab>
        )}
        <Tab id="talenta-tab-dashboard" value="dashboard">
          {t.tabs.dashboard}
        </Tab>
      </TabList>
      <div className={styles.panel} role="tabpanel" aria-labelledby={`talenta-tab-${shown}`}>
        {shown === "result" && (
          <>
            <NineBoxGrid counts={s.kotakCounts} label={t.nineBox} />
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
          </>
        )}
        {shown === "succession" && s.succession && <SuccessionView succession={s.succession} selectCell={workbook.selectCell} />}
        {shown === "dashboard" && (
          <>
            <Dashboard counts={s.kotakCounts} />
            {s.groupCounts && <GroupChart groupCounts={s.groupCounts} />}
          </>
        )}
      </div>
    </section>
  );
}
