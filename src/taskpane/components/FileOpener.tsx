// Browser mode: read a local .xlsx in the page. The file never leaves the machine.
import { lazy, Suspense, useRef, useState } from "react";
import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { errorText } from "../error-text";
import type { OpenFileResult, WorkbookActions } from "../services";

// The error box (Fluent MessageBar and its icons) is needed only after a failed read: keep it out of the first chunk.
const ErrorBar = lazy(() => import(/* webpackChunkName: "workbook-views" */ "./ErrorBar"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  input: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
});

interface Props {
  openFile(name: string, bytes: ArrayBuffer): Promise<OpenFileResult>;
  fileName?: string;
  onOpened(name: string, workbook: WorkbookActions): void;
}

export function FileOpener({ openFile, fileName, onOpened }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function onFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await openFile(file.name, await file.arrayBuffer());
      if (result.ok) onOpened(file.name, result.workbook);
      else setError(t.fileError[result.code] ?? result.message);
    } catch (e) {
      setError(t.unexpected(errorText(e)));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <section className={styles.root} aria-label={t.openFile}>
      <div className={styles.row}>
        {/* The real file input, hidden from eyes and assistive tech: the button below opens it. */}
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          aria-hidden
          tabIndex={-1}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button appearance={fileName ? "secondary" : "primary"} disabled={busy} onClick={() => input.current?.click()}>
          {t.openFile}
        </Button>
        {busy && <Text role="status">{t.readingFile}</Text>}
      </div>
      <Caption1>{t.openFileHint}</Caption1>
      {fileName && !busy && <Text role="status">{t.opened(fileName)}</Text>}
      {!fileName && !busy && !error && <Text>{t.openFirst}</Text>}
      {error && (
        <Suspense fallback={<Text role="alert">{error}</Text>}>
          <ErrorBar message={error} />
        </Suspense>
      )}
    </section>
  );
}
