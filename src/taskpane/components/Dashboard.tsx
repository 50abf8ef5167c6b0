// Distribution per kotak as a bar chart. chart.js is fetched only when this view first shows.
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { KOTAK_COLOURS, KOTAK_NUMBERS } from "../../report/palette";
import { term } from "../../report/terms";
import { useLazyChart } from "../chart/use-lazy-chart";
import { useLang, useStrings } from "../i18n";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  frame: { position: "relative", height: "200px", width: "100%" },
});

export function Dashboard({ counts }: { counts: readonly number[] }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const kotak = term("kotak", lang);
  const values = KOTAK_NUMBERS.map((k) => counts[k] ?? 0);
  const description = `${t.perBox}: ${KOTAK_NUMBERS.map((k, i) => `${kotak} ${k} ${values[i]}`).join(", ")}`;

  const { canvas, ready } = useLazyChart(
    () => import(/* webpackChunkName: "chart" */ "../chart/box-chart"),
    ({ drawBarChart }, c) =>
      drawBarChart(c, {
        labels: KOTAK_NUMBERS.map((k) => String(k)),
        values,
        colors: KOTAK_NUMBERS.map((k) => `#${KOTAK_COLOURS[k].marker}`),
        axisLabel: t.count,
      }),
    // values is derived from counts; redraw when the counts or the language change.
    [counts, lang],
  );

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
