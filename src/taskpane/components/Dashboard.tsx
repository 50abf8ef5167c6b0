// Distribution per kotak as a bar chart. chart.js is fetched only when this view first shows.
import { useEffect, useRef, useState } from "react";
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { TERMS } from "../../domain/glossary";
import { KOTAK_COLOURS, type KotakNumber } from "../../report/palette";
import { useLang, useStrings } from "../i18n";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  frame: { position: "relative", height: "200px", width: "100%" },
});

const KOTAK: KotakNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export function Dashboard({ counts }: { counts: readonly number[] }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [ready, setReady] = useState(false);
  const kotak = TERMS.find((x) => x.id === "kotak")!.label[lang];
  const values = KOTAK.map((k) => counts[k] ?? 0);
  const description = `${t.perBox}: ${KOTAK.map((k, i) => `${kotak} ${k} ${values[i]}`).join(", ")}`;

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let live = true;
    import(/* webpackChunkName: "chart" */ "../chart/box-chart").then(({ drawBarChart }) => {
      if (!live || !canvas.current || !canvas.current.getContext?.("2d")) return;
      chart = drawBarChart(canvas.current, {
        labels: KOTAK.map((k) => String(k)),
        values,
        colors: KOTAK.map((k) => `#${KOTAK_COLOURS[k].marker}`),
        axisLabel: t.count,
      });
      setReady(true);
    });
    return () => {
      live = false;
      chart?.destroy();
    };
    // values is derived from counts; redraw when the counts or the language change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [counts, lang]);

  return (
    <section aria-labelledby="talenta-dashboard">
      <h2 id="talenta-dashboard" className={styles.heading}>
        {t.dashboard} — {t.perBox}
      </h2>
      {!ready && <Spinner size="tiny" label={t.chartLoading} />}
      <div className={styles.frame}>
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
    </section>
  );
}
