// Entry of the task pane: render the shell at once, then find out whether we run in Excel and give the shell
// the matching use cases. The first screen waits on nothing: office.js is loaded only when the page carries an
// Office host's traces, and everything a workbook needs (engine, schema, views) is in lazy chunks.
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { App } from "./components/App";
import { certainlyOutsideOffice, waitForOffice } from "./office/office-ready";
import { loadOfficeJs } from "./office/load-office";
import { createBrowserServices } from "./browser/browser-services";
import type { PaneServices } from "./services";

async function officePane(host: "excel" | null): Promise<{ services: PaneServices; theme: Theme }> {
  if (host !== "excel") return { services: createBrowserServices(), theme: webLightTheme };
  const [{ createOfficeServices }, { officeTheme }] = await Promise.all([
    import(/* webpackChunkName: "office-host" */ "./office/office-services"),
    import(/* webpackChunkName: "office-host" */ "./office/office-theme"),
  ]);
  return { services: createOfficeServices(), theme: officeTheme() };
}

function show(root: Root, services: PaneServices, theme: Theme): void {
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App services={services} />
    </FluentProvider>,
  );
}

async function main(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  if (certainlyOutsideOffice()) return show(root, createBrowserServices(), webLightTheme);
  // Maybe in Office: show the shell ("Memuat…") while office.js loads and Office answers.
  show(root, { mode: "excel" }, webLightTheme);
  const host = await loadOfficeJs().then(
    () => waitForOffice(),
    () => null,
  );
  const { services, theme } = await officePane(host);
  show(root, services, theme);
}

main().catch((err: unknown) => {
  // Caught once at the entry point (STYLE): show it instead of a blank pane.
  document.body.textContent = `Talenta: ${err instanceof Error ? err.message : String(err)}`;
});
