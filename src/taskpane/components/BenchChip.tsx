// Bench strength (RULES §8) as a chip: the Suksesi sheet's colour AND its word, so it reads without colour too.
import { makeStyles, tokens } from "@fluentui/react-components";
import { KOTAK_COLOURS } from "../../report/palette";
import { useStrings } from "../i18n";

export type Bench = "hijau" | "kuning" | "merah";

/** The same fills as the sheet's bench cells (report/succession-input.ts BENCH_FILL): box 7, 4 and 1. */
const FILL: Record<Bench, { fill: string; font: string; marker: string }> = {
  hijau: KOTAK_COLOURS[7],
  kuning: KOTAK_COLOURS[4],
  merah: KOTAK_COLOURS[1],
};

const useStyles = makeStyles({
  chip: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: "4px",
    padding: "0 6px",
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
    border: "1px solid",
  },
  dot: { width: "8px", height: "8px", borderRadius: "50%", flexShrink: 0 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export function BenchChip({ bench, count }: { bench: Bench; count?: number }) {
  const t = useStrings();
  const styles = useStyles();
  const c = FILL[bench];
  return (
    <span
      className={styles.chip}
      data-bench={bench}
      style={{ background: `#${c.fill}`, color: `#${c.font}`, borderColor: `#${c.marker}` }}
    >
      <span className={styles.dot} style={{ background: `#${c.marker}` }} aria-hidden />
      <span className={styles.hidden}>{t.succession.benchCounts}: </span>
      {t.succession.bench[bench]}
      {count !== undefined && ` ${count}`}
    </span>
  );
}
