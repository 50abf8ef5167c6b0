// Outside Office the pane must not wait forever: office.js may be absent, or onReady may never settle
// when its files are blocked (docs: initialize-add-in.md). Served locally, it resolves { host: null } in ~30 ms.
export type PaneHost = "excel" | null;

export async function waitForOffice(timeoutMs = 3000): Promise<PaneHost> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const ready = office
    .onReady()
    .then((info) => (info.host === office.HostType.Excel ? ("excel" as const) : null))
    .catch(() => null);
  return Promise.race([ready, timeout]);
}

/** Fluent colours from the Office theme, when Office gives one (Excel's dark and colourful themes). */
export function officeThemeColors(): { background: string; foreground: string; dark: boolean } | undefined {
  const theme = (globalThis as { Office?: typeof Office }).Office?.context?.officeTheme;
  if (!theme?.bodyBackgroundColor || !theme.bodyForegroundColor) return undefined;
  return { background: theme.bodyBackgroundColor, foreground: theme.bodyForegroundColor, dark: isDark(theme.bodyBackgroundColor) };
}

function isDark(hex: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
