// The whole pane. It receives the use cases (services) and never touches a host or Office.js itself.
import { lazy, Suspense, useEffect, useState } from "react";
import { makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../app/types";
import { LangContext, STRINGS } from "../i18n";
import type { PaneServices, WorkbookActions } from "../services";
import type { RibbonRun } from "../../app/ribbon-run";
import { FileOpener } from "./FileOpener";

const WorkbookViews = lazy(() => import(/* webpackChunkName: "workbook-views" */ "./WorkbookViews"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
    boxSizing: "border-box",
    minWidth: 0,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  lang: { width: "auto", minWidth: "110px" },
});

export interface AppProps {
  services: PaneServices;
  /** Start language (tests); the user switches it in the pane. */
  initialLang?: Lang;
}

export function App({ services, initialLang = "id" }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [workbook, setWorkbook] = useState<WorkbookActions | undefined>(services.workbook);
  const [fileName, setFileName] = useState<string | undefined>();
  const [ribbonRun, setRibbonRun] = useState<RibbonRun | undefined>();
  const t = STRINGS[lang];

  // In Excel the shell renders before Office answers; the workbook arrives with the second set of services.
  useEffect(() => {
    if (services.workbook) setWorkbook(services.workbook);
  }, [services.workbook]);

  // A pane opened by (or just after) the ribbon's Klasifikasi says what it did; the record is taken once.
  useEffect(() => {
    const run = services.takeRibbonRun?.();
    if (run) setRibbonRun(run);
  }, [services]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    // Read by scripts/measure-pane.mjs: the pane is on screen and usable.
    performance.mark("talenta:first-render");
  }, []);

  return (
    <LangContext.Provider value={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t.title}</h1>
          <Select
            className={styles.lang}
            aria-label={t.language}
            value={lang}
            onChange={(_, d) => setLang(d.value as Lang)}
          >
            <option value="id">Indonesia</option>
            <option value="en">English</option>
          </Select>
        </header>

        {services.openFile && (
          <FileOpener
            openFile={services.openFile}
            fileName={fileName}
            onOpened={(name, wb) => {
              setFileName(name);
              setWorkbook(wb);
            }}
          />
        )}

        {!workbook && !services.openFile && <Text>{t.loading}</Text>}

        {workbook && (
          <Suspense fallback={<Text role="status">{t.loading}</Text>}>
            <WorkbookViews workbook={workbook} lang={lang} fileName={fileName} ribbonRun={ribbonRun} />
          </Suspense>
        )}
      </main>
    </LangContext.Provider>
  );
}
