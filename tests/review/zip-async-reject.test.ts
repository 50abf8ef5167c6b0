// Review: writeZipAsync keeps up to four slices deflating at once. When one that is not the oldest fails, the
// save must fail with that error through its promise (the CLI then reports it and writes nothing), never as an
// unhandled rejection, which Node 20 turns into a crash of the whole command.
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("../../src/hosts/xlsx/flate", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/hosts/xlsx/flate")>();
  let calls = 0;
  return {
    ...real,
    asyncSliceDeflate: () => (data: Uint8Array) => {
      const n = calls++;
      // The first slice takes its time; the second fails at once, while the first is still awaited.
      if (n === 0) return new Promise<Uint8Array>((resolve) => setTimeout(() => resolve(data.slice(0, 1)), 50));
      if (n === 1) return Promise.reject(new Error("deflate failed"));
      return Promise.resolve(data.slice(0, 1));
    },
  };
});

const { writeZipAsync } = await import("../../src/hosts/xlsx/zip-write");
const { SLICE_BYTES } = await import("../../src/hosts/xlsx/utf8-slices");

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
afterEach(() => {
  process.off("unhandledRejection", onUnhandled);
});

describe("review: a failed deflate on the thread pool", () => {
  it("rejects the save with its error and leaves no unhandled rejection behind", async () => {
    // vitest's own listener would report the rejection as an error of the run: listen first, then count.
    const before = process.listeners("unhandledRejection");
    process.removeAllListeners("unhandledRejection");
    process.on("unhandledRejection", onUnhandled);
    try {
      await expect(writeZipAsync([{ name: "big.xml", content: "x".repeat(3 * SLICE_BYTES) }])).rejects.toThrow("deflate failed");
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      process.off("unhandledRejection", onUnhandled);
      for (const l of before) process.on("unhandledRejection", l as (...a: unknown[]) => void);
    }
    expect(unhandled.map(String)).toEqual([]);
  });
});
