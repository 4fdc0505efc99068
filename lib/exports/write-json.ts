import { toScoreDto } from "@/lib/progress/to-score-dto";
import type { TidyRow } from "./build-tidy-rows";
import type { FrameworkExport } from "./load-framework-export";

/**
 * The framework's data as JSON: what was exported and when, the values (one object per
 * indicator x year x breakdown, with the breakdown as { dimension: member }) and the scores.
 * JSON is data for programs: nothing is neutralised here.
 */
export function writeJson(data: FrameworkExport, rows: readonly TidyRow[]): string {
  const { framework } = data.progress;
  return JSON.stringify(
    {
      framework: { code: framework.code, name: framework.name, version: framework.version.label, scoringMethod: framework.scoringMethod },
      workspace: data.workspace.name,
      isDemoData: data.workspace.isDemo,
      generatedAt: data.generatedAt.toISOString(),
      years: data.years,
      includesProvisionalValues: data.includeProvisional,
      values: rows.map((row) => ({
        area: row.area,
        indicator: row.indicator,
        year: row.year,
        disaggregation: Object.keys(row.disaggregation).length === 0 ? null : row.disaggregation,
        value: row.value,
        unit: row.unit,
        status: row.status,
        progressStatus: row.progressStatus || null,
        comment: row.comment,
        source: row.source,
      })),
      scores: data.progress.scores.map(toScoreDto),
    },
    null,
    2,
  );
}
