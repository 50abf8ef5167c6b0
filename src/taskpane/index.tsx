// Entry of the task pane: render the shell at once, then find out whether we run in Excel and give the shell
// the matching use cases. The first screen waits on nothing: office.js is loaded only when the page carries an
// Office host's traces, and everything a workbook needs (engine, schema, views) is in lazy chunks.
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { App } from "./components/App";
import { certainlyOutsideOffice, officeThemeColors, waitForOffice } from "./office/office-ready";
import { loadOfficeJs } from "./office/load-office";
import { createBrowserServices } from "./browser/browser-services";
import type { PaneServices } from "./services";

async function servicesFor(host: "excel" | null): Promise<PaneServices> {
  if (host !== "excel") return createBrowserServices();
  const { createOfficeServices } = await import(/* webpackChunkName: "office-host" */ "./office/office-services");
  return createOfficeServices();
}

function themeFor(host: "excel" | null): Theme {
  const colors = host === "excel" ? officeThemeColors() : undefined;
  if (!colors) return webLightTheme;
  const base = colors.dark ? webDarkTheme : webLightTheme;
  return { ...base, colorNeutralBackground1: colors.background, colorNeutralForeground1: colors.foreground };
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
  show(root, await servicesFor(host), themeFor(host));
}

main().catch((err: unknown) => {
  // Caught once at the entry point (STYLE): show it instead of a blank pane.
  document.body.textContent = `Talenta: ${err instanceof Error ? err.message : String(err)}`;
});
