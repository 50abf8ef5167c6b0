// Fluent theme from Excel's Office theme (dark and colourful themes included). Loaded with the Office host
// chunk: the browser mode always uses the light theme, so the dark one stays out of the first chunk.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { officeThemeColors } from "./office-ready";

export function officeTheme(): Theme {
  const colors = officeThemeColors();
  if (!colors) return webLightTheme;
  const base = colors.dark ? webDarkTheme : webLightTheme;
  return { ...base, colorNeutralBackground1: colors.background, colorNeutralForeground1: colors.foreground };
}
