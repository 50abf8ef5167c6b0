// manifest.xml checked offline: office-addin-manifest parses it (the online `validate` needs Microsoft's
// service), and these assertions cover what that parser does not: ids, URLs, icons, element order.
import { existsSync, readFileSync } from "node:fs";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url);
const PATH = new URL("manifest.xml", ROOT).pathname;
const xml = readFileSync(PATH, "utf8");
const DEV_ORIGIN = "https://localhost:3000";

const all = (re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);
/** Element names of the direct children of <OfficeApp>, in order. */
function officeAppChildren(): string[] {
  const body = xml.slice(xml.indexOf(">", xml.indexOf("<OfficeApp")) + 1, xml.lastIndexOf("</OfficeApp>")).replace(/<!--[\s\S]*?-->/g, "");
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("parses offline as an Excel task pane add-in with Indonesian as the default locale", async () => {
    const m = await OfficeAddinManifest.readManifestFile(PATH);
    expect(m.officeAppType).toBe("TaskPaneApp");
    expect(m.hosts).toEqual(["Workbook"]);
    expect(m.defaultLocale).toBe("id-ID");
    expect(m.permissions).toBe("ReadWriteDocument");
    expect(m.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(m.defaultSettings?.sourceLocation).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  it("keeps the OfficeApp children in the order the schema requires", () => {
    const order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
    expect(officeAppChildren()).toEqual(order);
  });

  it("requires ExcelApi 1.7, the lowest set the Office host needs", () => {
    expect(xml).toMatch(/<Requirements>\s*<Sets[^>]*>\s*<Set Name="ExcelApi" MinVersion="1\.7"\/>\s*<\/Sets>\s*<\/Requirements>/);
  });

  it("uses https on one origin for every URL, and every resid points at a defined resource", () => {
    const urls = all(/(?:DefaultValue|Value)="(https?:[^"]+)"/g).concat(all(/<AppDomain>([^<]+)</g));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(new URL(u).origin).toBe(DEV_ORIGIN);
    const ids = all(/<bt:(?:Image|Url|String) id="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
    for (const resid of all(/resid="([^"]+)"/g)) expect(ids).toContain(resid);
  });

  it("has unique control and group ids and the two ribbon buttons on the Home tab", () => {
    const ids = all(/<(?:Group|Control)[^>]* id="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>classify<\/FunctionName>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/id="Classify.Label" DefaultValue="Klasifikasi">\s*<bt:Override Locale="en-US" Value="Classify"\/>/);
    expect(xml).toMatch(/id="Open.Label" DefaultValue="Buka Talenta">/);
  });

  it("gives every string an English override and stays within Office's length limits", () => {
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)">\s*<bt:Override Locale="en-US" Value="([^"]*)"\/>/g)];
    expect(strings.length).toBe(all(/<bt:String id="([^"]+)"/g).length);
    const short = xml.slice(xml.indexOf("<bt:ShortStrings>"), xml.indexOf("</bt:ShortStrings>"));
    for (const [, id, idText, en] of strings) {
      const limit = short.includes(`"${id}"`) ? 125 : 250;
      expect(idText.length, id).toBeLessThanOrEqual(limit);
      expect(en.length, id).toBeLessThanOrEqual(limit);
    }
  });

  it("points at icon files that exist as PNGs of the declared size", () => {
    const images = [...xml.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="([^"]+)"/g)];
    expect(images.map((m) => m[1])).toEqual(["16", "32", "80"]);
    const icons = images.map((m) => [Number(m[1]), m[2]] as const)
      .concat([[32, all(/<IconUrl DefaultValue="([^"]+)"/g)[0]], [64, all(/<HighResolutionIconUrl DefaultValue="([^"]+)"/g)[0]]]);
    for (const [size, url] of icons) {
      const file = new URL(`.${new URL(url).pathname}`, ROOT).pathname;
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("sends Support and Learn More to the task pane, and names no page the build does not produce", () => {
    expect(all(/<SupportUrl DefaultValue="([^"]+)"/g)).toEqual([`${DEV_ORIGIN}/taskpane.html`]);
    const learnMore = all(/<LearnMoreUrl resid="([^"]+)"/g);
    expect(learnMore).toEqual(["Help.Url"]);
    expect(all(/<bt:Url id="Help\.Url" DefaultValue="([^"]+)"/g)).toEqual([`${DEV_ORIGIN}/taskpane.html`]);
    const webpack = readFileSync(new URL("webpack.config.js", ROOT), "utf8");
    const pages = new Set([...webpack.matchAll(/filename: "([^"]+\.html)"/g)].map((m) => m[1]));
    expect(pages).toEqual(new Set(["taskpane.html", "commands.html"]));
    const named = all(/"(https:[^"]+\.html)"/g);
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const url of named) expect(pages.has(new URL(url).pathname.slice(1)), url).toBe(true);
  });
});
