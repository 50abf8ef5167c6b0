// Writes are queued here and sent in as few syncs as the payload limit allows. Nothing reaches the
// request context until a batch is sent, so a batch Excel refuses for its size can be re-sent in halves.
import { isPayloadError, MIN_BUDGET, PAYLOAD_BUDGET } from "./payload";

export interface PendingWrite {
  /** Estimated request bytes. */
  bytes: number;
  /** Queues the Office.js calls on the context. */
  enqueue(): void;
  /** Smaller pieces that each fit the budget, when the write can be split (row chunks of a block). */
  split?(budget: number): PendingWrite[];
}

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

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  /** Queues a write; sends what is pending first when the batch would pass the budget. */
  async add(item: PendingWrite): Promise<void> {
    if (this.items.length && this.bytes + item.bytes > this.budget) await this.flush();
    this.items.push(item);
    this.bytes += item.bytes;
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
        this.items.splice(0, n);
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
}
