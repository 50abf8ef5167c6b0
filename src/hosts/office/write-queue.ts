// Writes are queued here and sent in as few syncs as the payload limit allows. Nothing reaches the
// request context until a batch is sent, so a batch Excel refuses for its size can be re-sent in halves.
// A write that does not fit what is left of a batch is cut (when it can be) so every batch is filled:
// the number of syncs is then the payload divided by the budget, rounded up, and no more.
import { isPayloadError, MIN_BUDGET, PAYLOAD_BUDGET } from "./payload";

export interface PendingWrite {
  /** Estimated request bytes. */
  bytes: number;
  /** Queues the Office.js calls on the context. May run more than once (a refused batch is re-sent). */
  enqueue(): void;
  /** Smaller pieces that each fit the budget, when the write can be split (row chunks of a block). */
  split?(budget: number): PendingWrite[];
  /** A first piece of at most `room` bytes and the rest; undefined when not even one row fits. */
  splitAt?(room: number): [PendingWrite, PendingWrite] | undefined;
  /** Called once the batch holding this write has been accepted by Excel. */
  sent?(): void;
}

/** Below this much room a batch is sent as it is rather than topped up with a sliver of a block. */
const MIN_TOP_UP = 16 * 1024;

export class WriteQueue {
  private items: PendingWrite[] = [];
  private bytes = 0;

  /**
   * @param sync sends the queued calls (context.sync)
   * @param beforeBatch queues calls that must open every batch (calculation suspension)
   */
  constructor(
    private readonly sync: () => Promise<void>,
    private readonly beforeBatch: () => void,
    private budget = PAYLOAD_BUDGET,
  ) {}

  get budgetBytes(): number {
    return this.budget;
  }

  /** Queues a write; when the batch is full, tops it up with the first piece of the write and sends it. */
  async add(item: PendingWrite): Promise<void> {
    let rest = item;
    for (;;) {
      const room = this.budget - this.bytes;
      if (rest.bytes <= room) return this.push(rest);
      const cut = room >= MIN_TOP_UP ? rest.splitAt?.(room) : undefined;
      if (cut) {
        this.push(cut[0]);
        rest = cut[1];
      } else if (!this.items.length) {
        return this.push(rest); // alone and unsplittable: sent as it is, halved if Excel refuses it
      }
      await this.flush();
    }
  }

  /** Sends everything pending, one sync per budget-sized batch; halves the budget on a payload error. */
  async flush(): Promise<void> {
    while (this.items.length) {
      let n = 0, sum = 0;
      while (n < this.items.length && (n === 0 || sum + this.items[n].bytes <= this.budget)) sum += this.items[n++].bytes;
      try {
        this.beforeBatch();
        for (let i = 0; i < n; i++) this.items[i].enqueue();
        await this.sync();
        for (const sent of this.items.splice(0, n)) sent.sent?.();
      } catch (e) {
        if (!isPayloadError(e) || this.budget / 2 < MIN_BUDGET) {
          this.items = [];
          this.bytes = 0;
          throw e;
        }
        this.budget = Math.floor(this.budget / 2);
        this.items = this.items.flatMap((p) => (p.bytes > this.budget && p.split ? p.split(this.budget) : [p]));
      }
    }
    this.bytes = 0;
  }

  private push(item: PendingWrite): void {
    this.items.push(item);
    this.bytes += item.bytes;
  }
}
