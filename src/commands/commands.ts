// Entry point of commands.html: registers the ribbon functions named in manifest.xml.
import { classifyWorkbook } from "../app/classify";
import type { Lang } from "../app/types";
import { runWithOfficeHost } from "../hosts/office/office-host";
import { encodeRibbonRun, RIBBON_RUN_KEY } from "../app/ribbon-run";
import { classifyActiveSheet, type CommandDeps, type CommandRecord } from "./classify-command";

export function displayLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("id") ? "id" : "en";
}

function saveRecord(record: CommandRecord): void {
  try {
    globalThis.localStorage?.setItem(RIBBON_RUN_KEY, encodeRibbonRun(record));
  } catch {
    // Storage can be disabled by policy; the workbook itself still shows the result.
  }
}

export function officeCommandDeps(): CommandDeps {
  const addin = (Office as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
  return {
    run: (fn) => runWithOfficeHost(fn),
    classify: classifyWorkbook,
    lang: displayLang(Office.context?.displayLanguage),
    now: () => new Date(),
    save: saveRecord,
    showPane: addin?.showAsTaskpane ? () => addin.showAsTaskpane!() : undefined,
  };
}

/** The handler Office calls; it must always complete the event, whatever happened. */
export async function onClassify(event: Office.AddinCommands.Event, deps: () => CommandDeps = officeCommandDeps): Promise<void> {
  try {
    await classifyActiveSheet(deps());
  } catch {
    // classifyActiveSheet records its own failures; this only guards building the dependencies.
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined" && Office.onReady) {
  void Office.onReady(() => {
    Office.actions.associate("classify", onClassify);
  });
}
