// Request size arithmetic. Excel on the web refuses a request or response over 5 MB
// (RequestPayloadSizeLimitExceeded); we aim at 4 MB (4 MiB, the unit issue 3's sync budget counts in) so an
// estimate that is a fifth off still passes.
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Below this a payload error is not about size any more: give up instead of halving forever. */
export const MIN_BUDGET = 32_000;

export function jsonSize(v: unknown): number {
  return JSON.stringify(v)?.length ?? 0;
}

/** Splits rows into consecutive chunks whose byte sums stay within the budget (a chunk has ≥ 1 row). */
export function chunkRows(rowBytes: number[], budget: number): { start: number; count: number; bytes: number }[] {
  const chunks: { start: number; count: number; bytes: number }[] = [];
  let start = 0, bytes = 0;
  rowBytes.forEach((b, i) => {
    if (i > start && bytes + b > budget) {
      chunks.push({ start, count: i - start, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rowBytes.length > start) chunks.push({ start, count: rowBytes.length - start, bytes });
  return chunks;
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
