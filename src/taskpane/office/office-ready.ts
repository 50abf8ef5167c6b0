// Outside Office the pane must not wait forever: office.js may be absent, or onReady may never settle
// (docs: initialize-add-in.md). Measured here: the minified office.js 1.1.110 never resolves onReady in a plain
// Chromium tab (its .debug twin resolves { host: null } in ~0.5 s), so a plain tab is recognised up front.
export type PaneHost = "excel" | null;

interface OfficeTraces {
  location: { search: string };
  name: string;
  top: unknown;
  external?: { GetContext?: unknown; GetHostInfo?: unknown };
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: unknown };
  agaveHost?: unknown;
  sessionStorage?: { getItem(key: string): string | null };
}

/**
 * True when the page carries none of the traces an Office host leaves (the places office.js itself reads):
 * a top-level page, no `_host_Info` in the query, window name or session, no host object (Windows WebView2,
 * Mac WKWebView, the old IE host). Anything else waits for Office.onReady.
 */
export function certainlyOutsideOffice(w: OfficeTraces = window as unknown as OfficeTraces): boolean {
  if (w.top !== w) return false;
  if (/[?&]_host_Info=/i.test(w.location.search) || w.name.includes("hostInfo")) return false;
  if (w.external?.GetContext !== undefined || w.external?.GetHostInfo !== undefined) return false;
  if (w.chrome?.webview !== undefined || w.webkit?.messageHandlers !== undefined || w.agaveHost !== undefined) return false;
  try {
    if (w.sessionStorage?.getItem("hostInfoValue")) return false;
  } catch {
    // Storage blocked: no session host info to find.
  }
  return true;
}

export async function waitForOffice(timeoutMs = 3000): Promise<PaneHost> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady || certainlyOutsideOffice()) return null;
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
