/** Caps applied while inflating a package; a part or package past them is refused, never held whole. */
export interface XlsxLimits {
  /** Inflated bytes of one zip entry. */
  maxPartBytes: number;
  /** Inflated bytes of all entries together. */
  maxTotalBytes: number;
  /** Number of zip entries. */
  maxEntries: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxPartBytes: 256 * MiB,
  maxTotalBytes: 400 * MiB,
  maxEntries: 10_000,
};

export function resolveLimits(limits: Partial<XlsxLimits> = {}): XlsxLimits {
  return { ...DEFAULT_XLSX_LIMITS, ...limits };
}

export function formatBytes(n: number): string {
  return n >= MiB ? `${Math.round(n / MiB)} MiB` : `${n} bytes`;
}
