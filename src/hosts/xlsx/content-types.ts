import { attrOf, childElements, rootElement } from "./xml-scan";
import { escapeXmlAttr } from "./xml-text";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  customXmlProperties: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  xml: "application/xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

/** [Content_Types].xml edited in place: untouched entries keep their bytes. */
export class ContentTypes {
  constructor(private xml: string) {}

  private entries() {
    const root = rootElement(this.xml);
    return {
      root,
      kids: childElements(this.xml, root.contentStart, root.contentEnd).map((c) => {
        const tag = this.xml.slice(c.start, c.contentStart);
        return { span: c, kind: c.name.replace(/^.*:/, ""), ext: attrOf(tag, "Extension"), part: attrOf(tag, "PartName"), type: attrOf(tag, "ContentType") };
      }),
    };
  }

  /** The content type a part gets: its Override, else the Default of its extension. */
  typeOf(part: string): string | undefined {
    const { kids } = this.entries();
    const name = `/${part}`.toLowerCase();
    const override = kids.find((k) => k.kind === "Override" && k.part?.toLowerCase() === name);
    if (override) return override.type;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return kids.find((k) => k.kind === "Default" && k.ext?.toLowerCase() === ext)?.type;
  }

  /** Makes `part` resolve to `type`, adding an Override only when needed. */
  ensure(part: string, type: string): void {
    if (this.typeOf(part) === type) return;
    this.removeOverride(part);
    if (this.typeOf(part) === type) return;
    const { root } = this.entries();
    const entry = `<Override PartName="/${escapeXmlAttr(part)}" ContentType="${type}"/>`;
    this.xml = this.xml.slice(0, root.contentEnd) + entry + this.xml.slice(root.contentEnd);
  }

  removeOverride(part: string): void {
    const name = `/${part}`.toLowerCase();
    for (const k of this.entries().kids.reverse()) {
      if (k.kind === "Override" && k.part?.toLowerCase() === name) this.xml = this.xml.slice(0, k.span.start) + this.xml.slice(k.span.end);
    }
  }

  toString(): string {
    return this.xml;
  }
}
