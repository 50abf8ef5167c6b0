// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { loadOfficeJs } from "../../../src/taskpane/office/load-office";

afterEach(() => {
  document.head.innerHTML = "";
  delete (globalThis as { Office?: unknown }).Office;
});

describe("office.js is fetched only when the page may be inside Office", () => {
  it("adds one script for office/office.js from our own origin and resolves once it has run", async () => {
    const loading = loadOfficeJs();
    const scripts = document.head.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0].getAttribute("src")).toBe("office/office.js");
    scripts[0].dispatchEvent(new Event("load"));
    await expect(loading).resolves.toBeUndefined();
  });

  it("rejects when the script cannot be loaded, so the pane falls back to the browser mode", async () => {
    const loading = loadOfficeJs();
    document.head.querySelector("script")!.dispatchEvent(new Event("error"));
    await expect(loading).rejects.toThrow("office/office.js could not be loaded");
  });

  it("adds nothing when Office is already there", async () => {
    (globalThis as { Office?: unknown }).Office = {};
    await loadOfficeJs();
    expect(document.head.querySelectorAll("script")).toHaveLength(0);
  });
});
