// Stacked bars of the kotak per unit kerja or per jenjang (a toggle). chart.js comes with the lazy "chart" chunk;
// the same numbers are in a table under the chart for screen readers and for copying.
import { useMemo, useState } from "react";
import { makeStyles, Radio, RadioGroup, Spinner, tokens } from "@fluentui/react-components";
import type { RunSummary } from "../../app/types";
import { KOTAK_NUMBERS } from "../../report/palette";
import { groupCount, topGroups, type GroupBar } from "../chart/group-series";
import { kotakShade, NOT_CLASSIFIED_COLOUR } from "../chart/kotak-shades";
import { useLazyChart } from "../chart/use-lazy-chart";
import { useLang, useStrings, type Strings } from "../i18n";

type GroupBy = "unitKerja" | "jenjang";

const BAR_PX = 22;
const CHROME_PX = 90;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  frame: { position: "relative", width: "100%" },
  scroll: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, "& th, & td": { padding: "2px 4px" }, "& td": { textAlign: "right" } },
  name: { textAlign: "left", maxWidth: "12em", overflowWrap: "anywhere", fontWeight: tokens.fontWeightRegular },
});

export function groupLabel(bar: GroupBar, t: Strings): string {
  if (bar.key === undefined) return `${t.groups.other} (${bar.groups})`;
  return bar.key === "" ? t.groups.blank : bar.key;
}

export function GroupChart({ groupCounts }: { groupCounts: NonNullable<RunSummary["groupCounts"]> }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [by, setBy] = useState<GroupBy>("unitKerja");
  const groups = groupCounts[by];
  const bars = useMemo(() => topGroups(groups), [groups]);
  const byLabel = t.groups[by];
  const labels = bars.map((b) => groupLabel(b, t));
  const kotakWord = t.succession.kotak;

  const { canvas, ready } = useLazyChart(
    () => import(/* webpackChunkName: "chart" */ "../chart/stacked-chart"),
    ({ drawStackedBarChart }, c) =>
      drawStackedBarChart(c, {
        labels,
        axisLabel: t.count,
        series: [
          ...KOTAK_NUMBERS.map((k) => ({ label: kotakWord(k), values: bars.map((b) => b.counts[k]), color: kotakShade(k) })),
          { label: t.groups.notClassified, values: bars.map((b) => b.counts[0]), color: NOT_CLASSIFIED_COLOUR },
        ],
      }),
    // labels and series derive from bars and the language.
    [bars, lang],
  );

  return (
    <section className={styles.root} aria-labelledby="talenta-groups">
      <h3 id="talenta-groups" className={styles.heading}>
        {t.groups.heading}
      </h3>
      <RadioGroup layout="horizontal" aria-label={t.groups.by} value={by} onChange={(_, d) => setBy(d.value as GroupBy)}>
        <Radio value="unitKerja" label={t.groups.unitKerja} />
        <Radio value="jenjang" label={t.groups.jenjang} />
      </RadioGroup>
      {bars.length === 0 ? (
        <p>{t.groups.empty(byLabel)}</p>
      ) : (
        <>
          {!ready && <Spinner size="tiny" label={t.chartLoading} />}
          <div className={styles.frame} style={{ height: `${CHROME_PX + bars.length * BAR_PX}px` }}>
            <canvas ref={canvas} role="img" aria-label={t.groups.description(byLabel, bars.filter((b) => b.key !== undefined).length, groupCount(groups))} />
          </div>
          <details>
            <summary>{t.groups.table}</summary>
            <div className={styles.scroll}>
              <table className={styles.table} data-testid="group-table">
                <thead>
                  <tr>
                    <th className={styles.name}>{t.groups.group}</th>
                    {KOTAK_NUMBERS.map((k) => (
                      <th key={k} scope="col" aria-label={kotakWord(k)}>
                        {k}
                      </th>
                    ))}
                    <th scope="col">{t.groups.notClassified}</th>
                    <th scope="col">{t.groups.total}</th>
                  </tr>
                </thead>
                <tbody>
                  {bars.map((b, i) => (
                    <tr key={b.key ?? "\u0000other"}>
                      <th scope="row" className={styles.name}>
                        {labels[i]}
                      </th>
                      {KOTAK_NUMBERS.map((k) => (
                        <td key={k}>{b.counts[k]}</td>
                      ))}
                      <td>{b.counts[0]}</td>
                      <td>{b.total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
