// Talenta's custom XML part over one Excel.run, at the fewest round trips: the part ids are loaded with the
// sheet list (queueIds), the XML is fetched only when a part exists (one sync; none on a first run), and a
// write deletes the known ids and adds the new part as a queued write, so it costs no sync of its own.
import { decodeSettingsXml, encodeSettingsXml, SETTINGS_NAMESPACE } from "../settings-xml";
import type { PendingWrite } from "./write-queue";

const PART_CALL_BYTES = 400;

export class SettingsStore {
  /** Ids of Talenta's parts in the workbook as it stands after the last accepted batch. */
  private ids: string[] = [];
  /** Text written in this run: read back without asking Excel. */
  private written?: string;
  /** The settings write still waiting in the queue, if any: a newer write replaces it. */
  private pending?: { cancelled: boolean };

  constructor(private readonly ctx: Excel.RequestContext) {}

  /** Queues the load of Talenta's part ids; the returned function takes them in after the caller's sync. */
  queueIds(): () => void {
    const scoped = this.ctx.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
    scoped.load("items/id");
    return () => { this.ids = scoped.items.map((p) => p.id); };
  }

  /** The first of Talenta's parts that decodes; undefined when there is none. One sync when a part exists. */
  async read(): Promise<string | undefined> {
    if (this.written !== undefined) return this.written;
    if (!this.ids.length) return undefined;
    const parts = this.ctx.workbook.customXmlParts;
    const xml = this.ids.map((id) => parts.getItem(id).getXml());
    await this.ctx.sync();
    for (const x of xml) {
      const text = decodeSettingsXml(x.value);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  /** The write to queue: deletes Talenta's parts (as known when the batch is sent) and adds the new one. */
  write(text: string): PendingWrite {
    const xml = encodeSettingsXml(text);
    this.written = text;
    if (this.pending) this.pending.cancelled = true;
    const state = { cancelled: false };
    this.pending = state;
    let added: Excel.CustomXmlPart | undefined;
    return {
      bytes: PART_CALL_BYTES + xml.length,
      enqueue: () => {
        if (state.cancelled) return;
        const parts = this.ctx.workbook.customXmlParts;
        for (const id of this.ids) parts.getItem(id).delete();
        added = parts.add(xml);
        added.load("id");
      },
      sent: () => {
        if (state.cancelled || !added) return;
        this.ids = [added.id];
        if (this.pending === state) this.pending = undefined;
      },
    };
  }
}
