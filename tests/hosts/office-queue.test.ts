// The write queue fills every batch to the budget, cutting a block's rows where the batch ends.
import { describe, expect, it } from "vitest";
import { type PendingWrite, WriteQueue } from "../../src/hosts/office/write-queue";

/** A write of `rows` rows of `rowBytes` each that records which rows went into which batch. */
function rowsWrite(record: (rows: string) => void, first: number, rows: number, rowBytes: number): PendingWrite {
  return {
    bytes: rows * rowBytes,
    enqueue: () => record(`${first}+${rows}`),
    splitAt(room) {
      const fit = Math.floor(room / rowBytes);
      return fit > 0 && fit < rows ? [rowsWrite(record, first, fit, rowBytes), rowsWrite(record, first + fit, rows - fit, rowBytes)] : undefined;
    },
  };
}

function queue(budget: number) {
  const batches: string[][] = [];
  let log: string[] = [];
  const q = new WriteQueue(async () => { batches.push(log); log = []; }, () => undefined, budget);
  return { q, batches, write: (first: number, rows: number, rowBytes: number) => rowsWrite((r) => log.push(r), first, rows, rowBytes) };
}

describe("WriteQueue batches", () => {
  it("tops a batch up with the first rows of a block that does not fit, and sends the rest in the next", async () => {
    const { q, batches, write } = queue(100_000);
    await q.add(write(0, 300, 100)); // 30,000 bytes
    await q.add(write(300, 1500, 100)); // 150,000 bytes: 700 rows fill the first batch, 800 go on
    await q.flush();
    expect(batches).toEqual([["0+300", "300+700"], ["1000+800"]]);
  });

  it("sends a batch as it is when less than 16 KB is left, rather than a sliver", async () => {
    const { q, batches, write } = queue(100_000);
    await q.add(write(0, 900, 100)); // 90,000 bytes: 10,000 left
    await q.add(write(900, 500, 100));
    await q.flush();
    expect(batches).toEqual([["0+900"], ["900+500"]]);
  });

  it("tells a write once its batch was accepted, not before", async () => {
    const { q } = queue(100_000);
    const events: string[] = [];
    await q.add({ bytes: 10, enqueue: () => events.push("queued"), sent: () => events.push("sent") });
    expect(events).toEqual([]);
    await q.flush();
    expect(events).toEqual(["queued", "sent"]);
  });
});
