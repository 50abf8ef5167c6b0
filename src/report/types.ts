// What report/ takes and returns: plain blocks, layouts and chart specs that a host writes as they are.
import type { Block, ColumnBlock, ScatterChartSpec, SheetLayout } from "../grid/types";
import type { Classification } from "../domain/classification";
import type { TalentaConfig } from "../domain/config";
import type { Lang } from "../domain/glossary";
import type { TalentaTable } from "../domain/table";

/** A sheet Talenta owns (RULES §7): replaced whole on every run. */
export interface OwnedSheet {
  name: string;
  blocks: Block[];
  /** Tall blocks stored by column (chart data of 100,000 points), written after `blocks`. */
  columnBlocks?: ColumnBlock[];
  layout: SheetLayout;
  charts: ScatterChartSpec[];
}

export interface ReportInput {
  table: TalentaTable;
  classification: Classification;
  config: TalentaConfig;
  lang: Lang;
  run: {
    at: Date;
    sourceSheet: string;
    presetId: string;
    presetReason: string;
    rulesVersion: number;
    appVersion: string;
  };
}
