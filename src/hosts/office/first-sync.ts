// The host's first round trip in an Excel.run: the sheet list, the ids of Talenta's settings parts and the
// active sheet's extent all travel in ONE sync, because the app always starts with listSheets, then
// readSettings, then readUsedGrid of (usually) the active sheet.
import type { ApiSupport } from "./api-support";
import { SheetCatalogue } from "./catalogue";
import type { SettingsStore } from "./settings-store";
import { queueExtent, type SheetExtent } from "./sheet-extent";

export interface FirstSync {
  catalogue: SheetCatalogue;
  activeExtent: SheetExtent;
}

export async function firstSync(ctx: Excel.RequestContext, supports: ApiSupport, settings: SettingsStore): Promise<FirstSync> {
  const { active, resolve } = SheetCatalogue.queue(ctx);
  const takeIds = settings.queueIds();
  const extent = queueExtent(active, supports);
  await ctx.sync();
  takeIds();
  return { catalogue: resolve(), activeExtent: extent() };
}
