// The Klasifikasi button and its progress.
import { Button, Caption1, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { ProgressStep } from "../../app/types";
import { useStrings } from "../i18n";
import type { PaneModel } from "../use-pane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const STEPS: ProgressStep[] = ["read", "detect", "classify", "report", "write", "done"];

export function ClassifyBar({ pane }: { pane: PaneModel }) {
  const t = useStrings();
  const styles = useStyles();
  const running = pane.run.state === "running";
  const step = pane.run.state === "running" ? pane.run.step : undefined;
  const blocked = pane.configInvalid;
  return (
    <section className={styles.root}>
      <Button appearance="primary" size="large" disabled={blocked || running} onClick={() => void pane.classify()}>
        {t.classify}
      </Button>
      {blocked && <Caption1 role="status">{t.classifyDisabled}</Caption1>}
      {running && (
        <Field validationMessage={step ? t.step[step] : t.step.read} validationState="none">
          <ProgressBar value={step ? (STEPS.indexOf(step) + 1) / STEPS.length : undefined} />
        </Field>
      )}
    </section>
  );
}
