// The pane's state: which workbook, sheet, mapping and configuration; the live preview; the run.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SheetInfo } from "../hosts/host";
import type { ClassifyOutcome, Lang, ProgressStep } from "../app/types";
import { defaultConfig } from "../domain/config";
import { PRESET_IDS, type PresetId } from "../domain/presets";
import { checkDraft, draftOf, type ConfigDraft } from "./config-draft";
import type { Overrides } from "./mapping";
import type { PaneRequest, WorkbookActions } from "./services";
import { errorText } from "./error-text";

export type PresetChoice = "auto" | PresetId;

export type RunState =
  | { state: "idle" }
  | { state: "running"; step?: ProgressStep }
  | { state: "done"; outcome: ClassifyOutcome }
  | { state: "failed"; message: string };

const PREVIEW_DELAY_MS = 250;

const isPresetId = (id: string | undefined): id is PresetId => PRESET_IDS.includes(id as PresetId);

export function usePane(workbook: WorkbookActions | undefined, lang: Lang) {
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [sheet, setSheet] = useState<string | undefined>();
  const [overrides, setOverrides] = useState<Overrides>({});
  const [presetChoice, setPresetChoice] = useState<PresetChoice>("auto");
  const [draft, setDraft] = useState<ConfigDraft | undefined>();
  const [preview, setPreview] = useState<{ loading: boolean; outcome?: ClassifyOutcome; failure?: string }>({ loading: false });
  const [run, setRun] = useState<RunState>({ state: "idle" });

  useEffect(() => {
    setSheets([]);
    setSheet(undefined);
    setOverrides({});
    setPresetChoice("auto");
    setDraft(undefined);
    setPreview({ loading: false });
    setRun({ state: "idle" });
    if (!workbook) return;
    let live = true;
    workbook.listSheets().then(
      (s) => live && setSheets(s),
      (e: unknown) => live && setPreview({ loading: false, failure: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  const check = useMemo(() => (draft ? checkDraft(draft) : undefined), [draft]);
  const configInvalid = check !== undefined && !check.ok;
  const draftTouched = check !== undefined && (!check.ok || check.edited);

  // The preset whose weights the editor shows: the chosen one; in automatic mode the one the preview chose,
  // unless the user already edited the weights (then the preview reports "custom" and the draft stays).
  const previewPreset = preview.outcome?.ok ? preview.outcome.summary.presetId : undefined;
  const editorPreset: PresetId | undefined =
    presetChoice !== "auto"
      ? presetChoice
      : draftTouched
        ? (draft?.base.preset as PresetId)
        : preview.outcome && !preview.outcome.ok
          ? undefined
          : isPresetId(previewPreset)
            ? previewPreset
            : (draft?.base.preset as PresetId | undefined);

  useEffect(() => {
    if (!editorPreset) return setDraft(undefined);
    if (draft?.base.preset !== editorPreset) setDraft(draftOf(defaultConfig(editorPreset)));
  }, [editorPreset, draft]);

  // Keyed by content: a draft rebuilt with the same values must not start another preview.
  const requestKey = JSON.stringify({
    lang,
    overrides,
    sheet,
    config: check?.ok && check.edited ? check.config : undefined,
    presetId: !(check?.ok && check.edited) && presetChoice !== "auto" ? presetChoice : undefined,
  });
  // JSON drops the undefined members, so the request carries only what was chosen.
  const request = useMemo(() => JSON.parse(requestKey) as PaneRequest, [requestKey]);

  const previewSeq = useRef(0);
  useEffect(() => {
    if (!workbook || configInvalid || run.state === "running") return;
    const seq = ++previewSeq.current;
    setPreview((p) => ({ ...p, loading: true }));
    const timer = setTimeout(() => {
      workbook.preview(request).then(
        (outcome) => seq === previewSeq.current && setPreview({ loading: false, outcome }),
        (e: unknown) => seq === previewSeq.current && setPreview({ loading: false, failure: errorText(e) }),
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // run.state is left out on purpose: a finished run must not re-preview the workbook it just wrote.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workbook, request, configInvalid]);

  const classify = useCallback(async () => {
    if (!workbook || configInvalid) return;
    setRun({ state: "running" });
    try {
      const outcome = await workbook.classify(request, (step) => setRun({ state: "running", step }));
      setRun({ state: "done", outcome });
      if (outcome.ok) setSheets(await workbook.listSheets());
    } catch (e) {
      setRun({ state: "failed", message: errorText(e) });
    }
  }, [workbook, request, configInvalid]);

  const choosePreset = useCallback((choice: PresetChoice) => {
    setPresetChoice(choice);
    setDraft(choice === "auto" ? undefined : draftOf(defaultConfig(choice)));
  }, []);

  const resetDraft = useCallback(() => {
    if (draft) setDraft(draftOf(defaultConfig(draft.base.preset as PresetId)));
  }, [draft]);

  return {
    sheets,
    sheet,
    setSheet,
    overrides,
    setOverrides,
    presetChoice,
    choosePreset,
    draft,
    setDraft,
    resetDraft,
    check,
    configInvalid,
    preview,
    run,
    classify,
  };
}

export type PaneModel = ReturnType<typeof usePane>;
