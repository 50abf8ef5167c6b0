// Everything shown once a workbook is open. Loaded as its own chunk: the first screen needs none of it
// (nor the configuration schema it pulls in), so the pane appears sooner.
import { Divider } from "@fluentui/react-components";
import type { Lang } from "../../app/types";
import { usePane, type PaneModel } from "../use-pane";
import type { WorkbookActions } from "../services";
import { SheetPicker } from "./SheetPicker";
import { PresetEditor } from "./PresetEditor";
import { MappingTable } from "./MappingTable";
import { PreviewPanel } from "./PreviewPanel";
import { ClassifyBar } from "./ClassifyBar";
import { RunResult } from "./RunResult";
import { RibbonRunBar } from "./RibbonRunBar";
import type { RibbonRun } from "../../app/ribbon-run";

interface Props {
  workbook: WorkbookActions;
  lang: Lang;
  fileName?: string;
  /** The ribbon's Klasifikasi that just ran (Excel), reported above everything else. */
  ribbonRun?: RibbonRun;
}

export default function WorkbookViews({ workbook, lang, fileName, ribbonRun }: Props) {
  const pane = usePane(workbook, lang);
  return (
    <>
      {ribbonRun && <RibbonRunBar run={ribbonRun} lang={lang} />}
      <SheetPicker sheets={pane.sheets} value={pane.sheet ?? summarySheet(pane)} onChange={pane.setSheet} />
      <PresetEditor pane={pane} />
      <MappingTable pane={pane} />
      <PreviewPanel pane={pane} />
      <Divider />
      <ClassifyBar pane={pane} />
      <RunResult pane={pane} workbook={workbook} fileName={fileName} />
    </>
  );
}

function summarySheet(pane: PaneModel): string | undefined {
  const o = pane.preview.outcome;
  return o?.ok ? o.summary.sheet : undefined;
}
