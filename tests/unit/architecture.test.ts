// DESIGN.md "Rules of the house": imports point down the picture. A review comment is dearer than this test.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, dirname, resolve } from "node:path";

const SRC = join(__dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/**
 * Layer of every project file each file imports ("domain", "sheet", …), or the package name. Type-only imports
 * are left out: a shared type carries no behaviour across the boundary.
 */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8").replace(/^\s*(?:import|export) type [^;]*;/gm, "");
  const specs = [...text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specs.map((s) => (s.startsWith(".") ? relative(SRC, resolve(dirname(file), s)).split(/[\\/]/)[0] : s.split("/")[0]));
}

const ALLOWED: Record<string, (target: string) => boolean> = {
  // grid/a1 is address arithmetic (issues name their cell in A1), not a layer above the domain.
  domain: (t) => t === "domain" || t === "zod" || t === "grid",
  grid: (t) => t === "grid",
  sheet: (t) => ["sheet", "domain", "grid"].includes(t),
  report: (t) => ["report", "domain", "grid"].includes(t),
  // A host imports no domain rule: only the grid contract, its own folder and its libraries.
  hosts: (t) => ["hosts", "grid", "fflate", "saxes"].includes(t),
};

describe("DESIGN.md: dependencies point down the picture", () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`${layer}/ imports only what sits below it`, () => {
      const bad = files(join(SRC, layer)).flatMap((f) =>
        importsOf(f)
          .filter((t) => !t.startsWith("node:") && !allowed(t))
          .map((t) => `${relative(SRC, f)} → ${t}`),
      );
      expect(bad).toEqual([]);
    });
  }

  it("task pane components never import a host: they receive use cases", () => {
    const bad = files(join(SRC, "taskpane/components")).filter((f) => importsOf(f).includes("hosts"));
    expect(bad.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("only the Office host and the ribbon command mention Excel.run", () => {
    const users = files(SRC).filter((f) => /\bExcel\.run\(/.test(readFileSync(f, "utf8")));
    expect(users.map((f) => relative(SRC, f)).every((f) => f.startsWith("hosts/office/") || f.startsWith("commands/"))).toBe(true);
  });
});
