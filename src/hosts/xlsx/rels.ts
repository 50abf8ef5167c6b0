import { attrOf, childElements, rootElement } from "./xml-scan";
import { escapeXmlAttr } from "./xml-text";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
} as const;

export const RELS_XMLNS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels; "" (the package) → _rels/.rels */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part's folder → part name without a leading "/". */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `${sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1)}${target}`;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  const joined = out.join("/");
  try {
    return decodeURI(joined);
  } catch {
    return joined;
  }
}

/** Target written relative to the source part's folder. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** A .rels part, edited in place: kept relationships keep their bytes, new ones go before the closing tag. */
export class RelsFile {
  private xml: string;
  constructor(
    readonly sourcePart: string,
    xml: string | undefined,
  ) {
    this.xml = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_XMLNS}"></Relationships>`;
  }

  list(): Relationship[] {
    const root = rootElement(this.xml);
    return childElements(this.xml, root.contentStart, root.contentEnd).map((c) => {
      const tag = this.xml.slice(c.start, c.contentStart);
      return {
        id: attrOf(tag, "Id") ?? "",
        type: attrOf(tag, "Type") ?? "",
        target: attrOf(tag, "Target") ?? "",
        external: attrOf(tag, "TargetMode") === "External",
      };
    });
  }

  /** Internal relationships with their targets resolved to part names. */
  targets(): (Relationship & { part: string })[] {
    return this.list()
      .filter((r) => !r.external)
      .map((r) => ({ ...r, part: resolveTarget(this.sourcePart, r.target) }));
  }

  add(type: string, targetPart: string, preferredId?: string): string {
    const ids = new Set(this.list().map((r) => r.id));
    let id = preferredId && !ids.has(preferredId) ? preferredId : "";
    for (let n = 1; !id; n++) if (!ids.has(`rId${n}`)) id = `rId${n}`;
    const rel = `<Relationship Id="${escapeXmlAttr(id)}" Type="${type}" Target="${escapeXmlAttr(relativeTarget(this.sourcePart, targetPart))}"/>`;
    const root = rootElement(this.xml);
    this.xml = root.selfClosing
      ? `${this.xml.slice(0, root.start)}${this.xml.slice(root.start, root.end - 2)}>${rel}</${root.name}>${this.xml.slice(root.end)}`
      : this.xml.slice(0, root.contentEnd) + rel + this.xml.slice(root.contentEnd);
    return id;
  }

  remove(predicate: (r: Relationship & { part: string | undefined }) => boolean): void {
    const root = rootElement(this.xml);
    const kids = childElements(this.xml, root.contentStart, root.contentEnd);
    for (const c of kids.reverse()) {
      const tag = this.xml.slice(c.start, c.contentStart);
      const external = attrOf(tag, "TargetMode") === "External";
      const target = attrOf(tag, "Target") ?? "";
      const rel = { id: attrOf(tag, "Id") ?? "", type: attrOf(tag, "Type") ?? "", target, external, part: external ? undefined : resolveTarget(this.sourcePart, target) };
      if (predicate(rel)) this.xml = this.xml.slice(0, c.start) + this.xml.slice(c.end);
    }
  }

  toString(): string {
    return this.xml;
  }
}
