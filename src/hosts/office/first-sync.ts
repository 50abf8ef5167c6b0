// The host's first round trip in an Excel.run: the sheet list, the ids of Talenta's settings parts, the
// active sheet's extent and the workbook's date system all travel in ONE sync, because the app always starts
// with listSheets, then readSettings, then readUsedGrid of (usually) the active sheet.
import type { ApiSupport } from "./api-support";
import { SheetCatalogue } from "./catalogue";
import { queueDateSystemProbe } from "./date-system";
import type { SettingsStore } from "./settings-store";
import { queueExtent, type SheetExtent } from "./sheet-extent";

export interface FirstSync {
  catalogue: SheetCatalogue;
  activeExtent: SheetExtent;
  /** The workbook counts date serials from 1904 (date-system.ts); false when it could not be told. */
  date1904: boolean;
}

export async function firstSync(ctx: Excel.RequestContext, supports: ApiSupport, settings: SettingsStore): Promise<FirstSync> {
  try {
    return await firstBatch(ctx, supports, settings, true);
  } catch {
    // Office.js refuses a whole batch when one call in it fails. This batch only loads (nothing was changed),
    // so it is sent once more without the date probe: a host refusing WorksheetFunctions must not stop the
    // run; its dates are read in the 1900 system, as before the probe existed. Costs a sync only on failure,
    // and a failure that is not the probe's comes back from the second batch.
    return firstBatch(ctx, supports, settings, false);
  }
}

async function firstBatch(ctx: Excel.RequestContext, supports: ApiSupport, settings: SettingsStore, probeDates: boolean): Promise<FirstSync> {
  const { active, resolve } = SheetCatalogue.queue(ctx);
  const takeIds = settings.queueIds();
  const extent = queueExtent(active, supports);
  const date1904 = probeDates ? queueDateSystemProbe(ctx) : () => false;
  await ctx.sync();
  takeIds();
  return { catalogue: resolve(), activeExtent: extent(), date1904: date1904() };
}
