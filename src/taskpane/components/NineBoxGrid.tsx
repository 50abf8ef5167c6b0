// Counts per kotak laid out as the nine-box: kinerja rows (Di Atas on top), potensial columns (Rendah on the left).
import { makeStyles, tokens } from "@fluentui/react-components";
import { kotakOf } from "../../domain/ninebox";
import { LEVEL_LABELS } from "../../domain/glossary";
import type { Level } from "../../domain/classification";
import { KOTAK_COLOURS } from "../../report/palette";
import { term } from "../../report/terms";
import { useLang } from "../i18n";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "1.4em repeat(3, minmax(0, 1fr))",
    gap: "2px",
    fontSize: tokens.fontSizeBase200,
  },
  axisY: { writingMode: "vertical-rl", transform: "rotate(180deg)", textAlign: "center", gridRow: "1 / span 3" },
  cell: {
    borderRadius: tokens.borderRadiusSmall,
    padding: "4px",
    minHeight: "44px",
    display: "flex",
    flexDirection: "column",
    justifyContent: "space-between",
  },
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightBold, textAlign: "right" },
  axisX: { gridColumn: "2 / span 3", textAlign: "center" },
  levels: { display: "contents" },
  level: { textAlign: "center", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

const LEVELS: Level[] = [1, 2, 3];

export function NineBoxGrid({ counts, label }: { counts: readonly number[]; label: string }) {
  const lang = useLang();
  const styles = useStyles();
  return (
    <div className={styles.grid} role="table" aria-label={label}>
      <div className={styles.axisY} aria-hidden>
        {term("kinerja", lang)} ↑
      </div>
      {[3, 2, 1].map((k) =>
        LEVELS.map((p) => {
          const kotak = kotakOf(k as Level, p) as Exclude<ReturnType<typeof kotakOf>, 0>;
          const c = KOTAK_COLOURS[kotak];
          return (
            <div
              key={`${k}${p}`}
              role="cell"
              className={styles.cell}
              style={{ background: `#${c.fill}`, color: `#${c.font}` }}
              data-kotak={kotak}
              aria-label={`${term("kotak", lang)} ${kotak}: ${counts[kotak] ?? 0}`}
            >
              <span>
                {term("kotak", lang)} {kotak}
              </span>
              <span className={styles.count}>{counts[kotak] ?? 0}</span>
            </div>
          );
        }),
      )}
      <div aria-hidden />
      {LEVELS.map((p) => (
        <div key={p} className={styles.level} aria-hidden>
          {LEVEL_LABELS.potensial[p as 1 | 2 | 3][lang]}
        </div>
      ))}
      <div aria-hidden />
      <div className={styles.axisX} aria-hidden>
        {term("potensial", lang)} →
      </div>
    </div>
  );
}
