// Entry of the task pane: find out whether we run in Excel, build the matching use cases, render <App>.
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { App } from "./components/App";
import { officeThemeColors, waitForOffice } from "./office/office-ready";
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

async function main(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const host = await waitForOffice();
  const services = await servicesFor(host);
  root.render(
    <FluentProvider theme={themeFor(host)} style={{ minHeight: "100vh" }}>
      <App services={services} />
    </FluentProvider>,
  );
}

main().catch((err: unknown) => {
  // Caught once at the entry point (STYLE): show it instead of a blank pane.
  document.body.textContent = `Talenta: ${err instanceof Error ? err.message : String(err)}`;
});
