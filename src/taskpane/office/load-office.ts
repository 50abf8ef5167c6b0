// office.js is fetched only when the page may be inside Office. In a plain tab it costs ~0.4 s of main-thread
// time at 4× CPU slowdown (its parse, the host table it loads, the telemetry frame it tries) and never
// resolves onReady anyway (office-ready.ts); the browser mode needs none of it.
export const OFFICE_JS = "office/office.js";

/** Adds the office.js script once; resolves when it has run, rejects when it cannot be loaded. */
export function loadOfficeJs(doc: Document = document, src: string = OFFICE_JS): Promise<void> {
  if ((globalThis as { Office?: unknown }).Office) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    doc.head.appendChild(script);
  });
}
