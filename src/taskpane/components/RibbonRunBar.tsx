// What the ribbon's Klasifikasi did, shown at the top of a pane opened after it: a failed run opens the pane, and
// this is where the user reads why (a ribbon function has no window of its own).
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../app/types";
import { ribbonFailureText, type RibbonRun } from "../../app/ribbon-run";
import { STRINGS } from "../i18n";

export function RibbonRunBar({ run, lang }: { run: RibbonRun; lang: Lang }) {
  const t = STRINGS[lang].ribbon;
  if (run.ok) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>{t.done(run.sheet)}</MessageBarTitle>
          {t.counts(run.rows, run.classified, run.notClassified)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{t.failed(run.sheet)}</MessageBarTitle>
        {ribbonFailureText(run, lang)}
      </MessageBarBody>
    </MessageBar>
  );
}
