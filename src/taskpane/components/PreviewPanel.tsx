// The live preview: how many rows would fall in each box, before anything is written.
import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import type { PaneModel } from "../use-pane";
import { NineBoxGrid } from "./NineBoxGrid";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, display: "flex", columnGap: "8px" },
});

export function PreviewPanel({ pane }: { pane: PaneModel }) {
  const t = useStrings();
  const styles = useStyles();
  const { loading, outcome, failure } = pane.preview;
  return (
    <section className={styles.root} aria-labelledby="talenta-preview" aria-busy={loading}>
      <h2 id="talenta-preview" className={styles.heading}>
        {t.preview}
        {loading && <Spinner size="extra-tiny" aria-label={t.previewing} />}
      </h2>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{t.unexpected(failure)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && !outcome.ok && outcome.error.code !== "preset-inputs-missing" && (
        <MessageBar intent="error">
          <MessageBarBody>{outcome.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.ok && (
        <>
          {outcome.summary.blocked && (
            <MessageBar intent="warning" data-testid="preview-blocked">
              <MessageBarBody>{outcome.summary.blocked.message}</MessageBarBody>
            </MessageBar>
          )}
          <Caption1>{t.previewHint}</Caption1>
          <Text size={200} data-testid="preview-rows">
            {t.rows(outcome.summary.rows, outcome.summary.classified)}
          </Text>
          <NineBoxGrid counts={outcome.summary.kotakCounts} label={t.preview} />
        </>
      )}
    </section>
  );
}
