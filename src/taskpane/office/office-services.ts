// Excel mode: each use case runs in its own Excel.run through the Office host. This module is loaded lazily,
// only when Office.onReady says we are in Excel, so the browser mode never downloads Office host code.
import type { Host } from "../../hosts/host";
import { runWithOfficeHost } from "../../hosts/office/office-host";
import { classifyWorkbook } from "../../app/classify";
import { previewClassification } from "../../app/preview";
import { decodeRibbonRun, RIBBON_RUN_KEY, type RibbonRun } from "../../app/ribbon-run";
import type { PaneServices } from "../services";

// The engine runs on the page's thread in Excel (Office.js lives there). Yielding to the event loop before
// every host call lets React paint the progress between steps (read → classify → write).
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function yieldingHost(host: Host): Host {
  return new Proxy(host, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        await nextTask();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

export function createOfficeServices(): PaneServices {
  return {
    mode: "excel",
    workbook: {
      listSheets: () => runWithOfficeHost((host) => host.listSheets()),
      preview: (request) => runWithOfficeHost((host) => previewClassification(yieldingHost(host), request)),
      classify: (request, onProgress) => runWithOfficeHost((host) => classifyWorkbook(yieldingHost(host), { ...request, onProgress })),
      selectCell: (sheet, a1) => runWithOfficeHost(async (host) => host.selectCell?.(sheet, a1)),
    },
    takeRibbonRun: () => takeRibbonRun(globalThis.localStorage, new Date()),
  };
}

/** Reads and removes the ribbon's record (shown once); storage disabled by policy simply has none. */
export function takeRibbonRun(storage: Pick<Storage, "getItem" | "removeItem"> | undefined, now: Date): RibbonRun | undefined {
  try {
    const text = storage?.getItem(RIBBON_RUN_KEY);
    if (text) storage?.removeItem(RIBBON_RUN_KEY);
    return decodeRibbonRun(text, now);
  } catch {
    return undefined;
  }
}
