// Preset picker, the reason for the preset, and the weights/cuts editor with live validation.
import { Button, Caption1, Field, Input, makeStyles, mergeClasses, Select, Text, tokens } from "@fluentui/react-components";
import { PRESETS, type PresetId } from "../../domain/presets";
import { LEVEL_LABELS } from "../../domain/glossary";
import { term } from "../../report/terms";
import type { AxisName } from "../../domain/config";
import { AXES, setCut, setWeight, type AxisCheck, type AxisDraft } from "../config-draft";
import { useLang, useStrings } from "../i18n";
import type { PaneModel, PresetChoice } from "../use-pane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  axis: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  input: { minWidth: 0, width: "100%" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  wide: { gridColumn: "1 / -1" },
  error: { color: tokens.colorPaletteRedForeground1 },
  reason: { color: tokens.colorNeutralForeground2 },
});

const axisLabel = (axis: AxisName, lang: "id" | "en") => term(axis, lang);

export function PresetEditor({ pane }: { pane: PaneModel }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const outcome = pane.preview.outcome;

  return (
    <section className={styles.root} aria-label={t.preset}>
      <Field label={t.preset}>
        <Select value={pane.presetChoice} onChange={(_, d) => pane.choosePreset(d.value as PresetChoice)}>
          <option value="auto">{t.presetAuto}</option>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {outcome?.ok && (
        <Caption1 className={styles.reason} data-testid="preset-reason">
          {t.presetReason}: {outcome.summary.presetReason}
        </Caption1>
      )}
      {pane.draft && (
        <>
          {AXES.map((axis) => (
            <AxisEditor
              key={axis}
              axis={axis}
              draft={pane.draft!.axes[axis]}
              check={pane.check!.axes[axis]}
              onWeight={(i, v) => pane.setDraft(setWeight(pane.draft!, axis, i, v))}
              onCut={(which, v) => pane.setDraft(setCut(pane.draft!, axis, which, v))}
            />
          ))}
          <div>
            <Button size="small" onClick={pane.resetDraft}>
              {t.resetWeights} ({PRESETS.find((p) => p.id === (pane.draft!.base.preset as PresetId))?.name[lang]})
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

interface AxisProps {
  axis: AxisName;
  draft: AxisDraft;
  check: AxisCheck;
  onWeight(index: number, value: string): void;
  onCut(which: "mid" | "high", value: string): void;
}

function AxisEditor({ axis, draft, check, onWeight, onCut }: AxisProps) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const name = axisLabel(axis, lang);
  if (!draft.scored) return <Text size={200}>{t.categoricalAxis(name)}</Text>;
  const sum = Number(check.sum.toFixed(6)).toString();
  const cutMessage = (ok: boolean) => (!ok ? t.cutRange : !check.orderOk ? t.cutOrder : undefined);
  return (
    <fieldset className={styles.axis}>
      <legend className={styles.legend}>{t.weightsOf(name)}</legend>
      {draft.weights.map((w, i) => (
        <Field
          key={w.id}
          label={lang === "en" && w.labelEn ? w.labelEn : w.label}
          validationState={check.weightOk[i] ? "none" : "error"}
          validationMessage={check.weightOk[i] ? undefined : t.weightPositive}
        >
          <Input className={styles.input} value={w.weight} inputMode="decimal" onChange={(_, d) => onWeight(i, d.value)} />
        </Field>
      ))}
      <Text className={mergeClasses(styles.wide, !check.sumOk && styles.error)} role={check.sumOk ? undefined : "alert"} size={200}>
        {check.sumOk ? `Σ = ${sum}` : t.weightSum(name, sum)}
      </Text>
      <Text className={styles.wide} weight="semibold" size={200}>
        {t.cutsOf(name)}
      </Text>
      <Field label={t.cutFrom(LEVEL_LABELS[axis][2][lang])} validationState={cutMessage(check.midOk) ? "error" : "none"} validationMessage={cutMessage(check.midOk)}>
        <Input className={styles.input} value={draft.mid} inputMode="decimal" onChange={(_, d) => onCut("mid", d.value)} />
      </Field>
      <Field label={t.cutFrom(LEVEL_LABELS[axis][3][lang])} validationState={check.highOk ? "none" : "error"} validationMessage={check.highOk ? undefined : t.cutRange}>
        <Input className={styles.input} value={draft.high} inputMode="decimal" onChange={(_, d) => onCut("high", d.value)} />
      </Field>
    </fieldset>
  );
}
