import { afterEach, describe, expect, it, vi } from "vitest";
import type { ClassifyOutcome, ClassifyRequest, RunSummary } from "../../src/app/types";
import { classifyActiveSheet, type CommandDeps } from "../../src/commands/classify-command";
import { displayLang, onClassify } from "../../src/commands/commands";
import type { Host } from "../../src/hosts/host";
import { runWithOfficeHost } from "../../src/hosts/office/office-host";
import { installFakeExcel, newWorkbook, uninstallFakeExcel } from "../fakes/fake-excel";

afterEach(() => uninstallFakeExcel());

const summary = { sheet: "Data", rows: 218, classified: 210, notClassified: 8, flagged: 5, sheetsWritten: ["Talenta - Kotak 9", "Talenta - Validasi"] } as RunSummary;
const NOW = new Date("2025-06-30T08:00:00Z");

function deps(classify: (host: Host, r: ClassifyRequest) => Promise<ClassifyOutcome>, extra: Partial<CommandDeps> = {}) {
  const saved: unknown[] = [];
  const d: CommandDeps = { run: (fn) => runWithOfficeHost(fn), classify, lang: "id", now: () => NOW, save: (r) => saved.push(r), ...extra };
  return { d, saved };
}

describe("ribbon Klasifikasi", () => {
  it("classifies the active sheet in the user's language and shows the grid sheet it wrote", async () => {
    const model = installFakeExcel(newWorkbook(["Lain", "Data", "Talenta - Kotak 9"]));
    model.activeSheet = "Data";
    const classify = vi.fn(async (_h: Host, _r: ClassifyRequest): Promise<ClassifyOutcome> => ({ ok: true, summary }));
    const { d, saved } = deps(classify);
    const record = await classifyActiveSheet(d);
    expect(classify.mock.calls[0][1]).toMatchObject({ sheet: "Data", lang: "id" });
    expect(record).toEqual({ at: NOW.toISOString(), sheet: "Data", ok: true, rows: 218, classified: 210, notClassified: 8, flagged: 5 });
    expect(saved).toEqual([record]);
    expect(model.activeSheet).toBe("Talenta - Kotak 9");
  });

  it("records a run error and opens the pane when it can", async () => {
    installFakeExcel(newWorkbook(["Data"]));
    const showPane = vi.fn(async () => undefined);
    const error = { code: "no-header" as const, message: "Baris judul tidak ditemukan" };
    const { d, saved } = deps(async () => ({ ok: false, error }), { showPane });
    expect(await classifyActiveSheet(d)).toMatchObject({ ok: false, sheet: "Data", error });
    expect(saved).toHaveLength(1);
    expect(showPane).toHaveBeenCalledOnce();
  });

  it("catches a crash once, records it, and still completes the ribbon event", async () => {
    installFakeExcel(newWorkbook(["Data"]));
    const { d, saved } = deps(async () => { throw new RangeError("rusak"); });
    const event = { completed: vi.fn() };
    await onClassify(event as unknown as Office.AddinCommands.Event, () => d);
    expect(event.completed).toHaveBeenCalledOnce();
    expect(saved).toEqual([{ at: NOW.toISOString(), sheet: "Data", ok: false, crash: "RangeError: rusak" }]);
  });

  it("completes the ribbon event even when its dependencies cannot be built", async () => {
    const event = { completed: vi.fn() };
    await onClassify(event as unknown as Office.AddinCommands.Event, () => { throw new Error("no Office"); });
    expect(event.completed).toHaveBeenCalledOnce();
  });

  it("speaks Indonesian for an Indonesian Office and English otherwise", () => {
    expect([displayLang("id-ID"), displayLang("ID"), displayLang("en-US"), displayLang("ms-MY"), displayLang(undefined)])
      .toEqual(["id", "id", "en", "en", "en"]);
  });
});
