// One key position opened: why its bench has that strength, its ranked candidates with the rules they pass,
// the near-misses with the rule that stops each, and the way to its block on the Suksesi sheet.
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SuccessionPositionSummary } from "../../app/types";
import { quoteSheetName } from "../../grid/a1";
import { useLang, useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} 0` },
  heading: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  people: { margin: 0, paddingLeft: "1.4em", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  person: { overflowWrap: "anywhere" },
  facts: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  readiness: {
    display: "inline-block",
    marginLeft: "4px",
    padding: "0 4px",
    borderRadius: tokens.borderRadiusSmall,
    background: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  reasons: { margin: "2px 0 0", paddingLeft: "1.1em", fontSize: tokens.fontSizeBase200 },
  address: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

interface Props {
  position: SuccessionPositionSummary;
  selectCell?(sheet: string, a1: string): Promise<void>;
}

export function PositionDetail({ position: p, selectCell }: Props) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const s = t.succession;
  const number = (v: number) => v.toLocaleString(lang === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 2 });
  const facts = (nip: string | null, kotak: number, nilai?: number | null) =>
    [nip ?? s.noNip, s.kotak(kotak), ...(nilai != null ? [s.nilaiTalenta(number(nilai))] : [])].join(" · ");

  return (
    <div className={styles.root}>
      <Text size={200}>{p.benchReason}</Text>
      {p.block &&
        (selectCell ? (
          <Button size="small" onClick={() => void selectCell(p.block!.sheet, p.block!.cell)}>
            {s.openInSheet}
          </Button>
        ) : (
          <Text className={styles.address}>{s.blockAt(`${quoteSheetName(p.block.sheet)}!${p.block.cell}`)}</Text>
        ))}

      <h4 className={styles.heading}>{s.candidates(p.candidates.length)}</h4>
      {p.candidates.length === 0 ? (
        <Text size={200}>{s.noCandidates}</Text>
      ) : (
        <ol className={styles.people} aria-label={s.candidates(p.candidates.length)}>
          {p.candidates.map((c, i) => (
            <li key={`${c.nip ?? c.nama}-${i}`} className={styles.person}>
              <strong>{c.nama}</strong>
              <span className={styles.readiness} data-readiness={c.readiness}>
                {c.readinessLabel}
              </span>
              <span className={styles.facts}>{facts(c.nip, c.kotak, c.nilaiTalenta)}</span>
              {c.reasons.length > 0 && <Reasons reasons={c.reasons} className={styles.reasons} />}
            </li>
          ))}
        </ol>
      )}

      {p.nearMisses.length > 0 && (
        <>
          <h4 className={styles.heading}>{s.nearMisses(p.nearMisses.length)}</h4>
          <ul className={styles.people} aria-label={s.nearMisses(p.nearMisses.length)}>
            {p.nearMisses.map((m, i) => (
              <li key={`${m.nip ?? m.nama}-${i}`} className={styles.person}>
                <strong>{m.nama}</strong>
                <span className={styles.facts}>{facts(m.nip, m.kotak)}</span>
                <Reasons reasons={m.reasons} className={styles.reasons} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Reasons({ reasons, className }: { reasons: readonly string[]; className: string }) {
  return (
    <ul className={className}>
      {reasons.map((r, j) => (
        <li key={j}>{r}</li>
      ))}
    </ul>
  );
}
