import { describe, expect, it } from "vitest";
import { certainlyOutsideOffice } from "../../../src/taskpane/office/office-ready";

function page(over: Record<string, unknown> = {}) {
  const w: Record<string, unknown> = { location: { search: "" }, name: "", external: {}, ...over };
  if (!("top" in over)) w.top = w;
  return w as unknown as Parameters<typeof certainlyOutsideOffice>[0];
}

describe("browser mode detection (no waiting on Office outside Office)", () => {
  it("treats a plain top-level tab as outside Office", () => {
    expect(certainlyOutsideOffice(page())).toBe(true);
  });

  it("waits for Office when Excel on the web passed its host info in the query or window name", () => {
    expect(certainlyOutsideOffice(page({ location: { search: "?_host_Info=Excel$Win32$16.01$en-US$$$$0" } }))).toBe(false);
    expect(certainlyOutsideOffice(page({ name: '{"hostInfo":"Excel|Web|16.00|en-US"}' }))).toBe(false);
  });

  it("waits for Office inside a frame, in WebView2 (Windows) and in WKWebView (Mac)", () => {
    expect(certainlyOutsideOffice(page({ top: {} }))).toBe(false);
    expect(certainlyOutsideOffice(page({ chrome: { webview: {} } }))).toBe(false);
    expect(certainlyOutsideOffice(page({ webkit: { messageHandlers: {} } }))).toBe(false);
    expect(certainlyOutsideOffice(page({ external: { GetContext: () => ({}) } }))).toBe(false);
  });

  it("treats desktop Chrome (window.chrome without webview) as outside Office", () => {
    expect(certainlyOutsideOffice(page({ chrome: { runtime: {} } }))).toBe(true);
  });
});
