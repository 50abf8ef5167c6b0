import type { PartStore } from "./part-store";
import { RelsFile, relsPathFor } from "./rels";

/**
 * Deletes `roots` and every part reachable from them through relationships that nothing else still
 * refers to (a sheet's drawing, its charts, images, comments), so no orphan part is left behind.
 */
export function deletePartTrees(store: PartStore, roots: string[]): string[] {
  const referrers = new Map<string, Set<string>>();
  const targetsOf = new Map<string, string[]>();
  for (const relsPath of store.names().filter((n) => n.endsWith(".rels"))) {
    const source = sourceOfRels(relsPath);
    const targets = new RelsFile(source, store.text(relsPath)).targets().map((t) => t.part);
    targetsOf.set(source.toLowerCase(), targets);
    for (const t of targets) {
      const key = t.toLowerCase();
      if (!referrers.has(key)) referrers.set(key, new Set());
      referrers.get(key)!.add(source.toLowerCase());
    }
  }
  const doomed = new Set(roots.map((r) => r.toLowerCase()));
  for (let grew = true; grew; ) {
    grew = false;
    for (const part of [...doomed]) {
      for (const t of targetsOf.get(part) ?? []) {
        const key = t.toLowerCase();
        if (doomed.has(key) || !store.has(t)) continue;
        if ([...(referrers.get(key) ?? [])].every((r) => doomed.has(r))) {
          doomed.add(key);
          grew = true;
        }
      }
    }
  }
  const removed: string[] = [];
  for (const part of doomed) {
    for (const name of [part, relsPathFor(part)]) {
      const stored = store.resolve(name);
      if (stored) {
        store.delete(stored);
        removed.push(stored);
      }
    }
  }
  return removed;
}

/** xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets/sheet1.xml */
export function sourceOfRels(relsPath: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : relsPath;
}

/** The lowest free "folder/baseN.ext" part name. */
export function freePartName(store: PartStore, folder: string, base: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = `${folder}/${base}${n}.${ext}`;
    if (!store.has(name)) return name;
  }
}
