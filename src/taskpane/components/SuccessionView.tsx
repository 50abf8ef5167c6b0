// The Suksesi view: every key position with its bench strength; opening one shows its candidates and
// near-misses (PositionDetail). One position open at a time, so the list stays short in a 320 px pane.
import { useId, useState } from "react";
import { makeStyles, mergeClasses, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { SuccessionSummary } from "../../app/types";
import { useStrings } from "../i18n";
import { BenchChip, type Bench } from "./BenchChip";
import { PositionDetail } from "./PositionDetail";

const BENCHES: Bench[] = ["hijau", "kuning", "merah"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  chips: { display: "flex", flexWrap: "wrap", gap: "4px" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "4px" },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  position: {
    width: "100%",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: "2px",
    padding: "6px 4px",
    border: "none",
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "left",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { background: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  open: { background: tokens.colorNeutralBackground1Selected },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "6px", rowGap: "2px" },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  detail: { padding: `0 4px ${tokens.spacingVerticalS}` },
  small: { margin: 0, paddingLeft: "1.2em", fontSize: tokens.fontSizeBase200 },
});

interface Props {
  succession: SuccessionSummary;
  selectCell?(sheet: string, a1: string): Promise<void>;
}

export function SuccessionView({ succession: s, selectCell }: Props) {
  const t = useStrings();
  const styles = useStyles();
  const ids = useId();
  const [open, setOpen] = useState<number | undefined>();
  const w = t.succession;

  return (
    <section className={styles.root} aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`} className={styles.heading}>
        {w.heading}
      </h3>
      {s.targetsSheet === undefined ? (
        <MessageBar intent="info">
          <MessageBarBody>{w.noTargets}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text size={200}>{w.overview(s.positions.length, s.poolSize, s.placementDate)}</Text>
          <div className={styles.chips} role="group" aria-label={w.benchCounts}>
            {BENCHES.map((b) => (
              <BenchChip key={b} bench={b} count={s.bench[b]} />
            ))}
          </div>
          {s.positions.length === 0 && <Text>{w.noPositions}</Text>}
        </>
      )}

      {s.issues.length > 0 && (
        <details>
          <summary>{`${w.targetIssues} (${s.issues.length})`}</summary>
          <ul className={styles.small}>
            {s.issues.map((i, n) => (
              <li key={n}>{i.cell ? `${i.cell}: ${i.message}` : i.message}</li>
            ))}
          </ul>
        </details>
      )}

      {s.positions.length > 0 && (
        <ul className={styles.list} aria-label={w.positionsLabel}>
          {s.positions.map((p, i) => {
            const expanded = open === i;
            const detailId = `${ids}-p${i}`;
            return (
              <li key={i} className={styles.item}>
                <button
                  type="button"
                  className={mergeClasses(styles.position, expanded && styles.open)}
                  aria-expanded={expanded}
                  aria-controls={expanded ? detailId : undefined}
                  onClick={() => setOpen(expanded ? undefined : i)}
                >
                  <span className={styles.name}>{p.name}</span>
                  <span className={styles.line}>
                    <BenchChip bench={p.bench} />
                    <span className={styles.meta}>{w.positionMeta(p.eligibleCount, p.jumlahSuksesor)}</span>
                  </span>
                  {(p.jenjang || p.unitKerja) && (
                    <span className={styles.meta}>{[p.jenjang, p.unitKerja].filter(Boolean).join(" · ")}</span>
                  )}
                </button>
                {expanded && (
                  <div id={detailId} className={styles.detail} role="region" aria-label={p.name}>
                    <PositionDetail position={p} selectCell={selectCell} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {s.excluded.length > 0 && (
        <details>
          <summary>{w.excluded(s.excluded.length)}</summary>
          <ul className={styles.small}>
            {s.excluded.map((e, n) => (
              <li key={n}>{`${e.nama} (${e.nip ?? w.noNip}, ${w.kotak(e.kotak)}): ${e.reasons.join("; ")}`}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
