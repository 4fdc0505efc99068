import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { formatFileSize } from "@/lib/evidence/evidence-limits";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { visibleValuesWhere } from "@/lib/monitoring/visible-values";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import type { ReportNarrativeTexts } from "./model/attach-narratives";
import type { ReportEvidenceValue } from "./report-model";

type ReportIndicatorRef = { identityId: string; code: string; name: string };

/**
 * The narratives of the report year's cycle and the evidence annex (decision 034): the files of
 * the year's values that the reader may read, value by value, in the order of the indicators.
 * Two queries.
 */
export async function loadReportNarratives(
  access: AccessContext,
  target: { frameworkId: string; year: number; indicators: ReportIndicatorRef[] },
): Promise<{ narratives: ReportNarrativeTexts; evidence: ReportEvidenceValue[] }> {
  const scoped = inWorkspace(access.workspace.id, db);
  const byIdentity = new Map(target.indicators.map((indicator) => [indicator.identityId, indicator]));
  const [cycle, files] = await Promise.all([
    scoped.reportingCycle.findFirst({
      where: { frameworkId: target.frameworkId, year: target.year },
      select: { narratives: { select: { kind: true, subject: true, body: true } } },
    }),
    scoped.evidenceFile.findMany({
      where: { value: { year: target.year, identityId: { in: [...byIdentity.keys()] }, AND: [visibleValuesWhere(access)] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        fileName: true,
        size: true,
        uploadedByLabel: true,
        createdAt: true,
        value: { select: { id: true, identityId: true, disaggregation: true } },
      },
    }),
  ]);

  const narratives: ReportNarrativeTexts = { summary: null, areas: {}, indicators: {} };
  for (const text of cycle?.narratives ?? []) {
    if (text.kind === "SUMMARY") narratives.summary = text.body;
    else if (text.kind === "AREA") narratives.areas[text.subject] = text.body;
    else {
      const indicator = byIdentity.get(text.subject);
      if (indicator) narratives.indicators[indicator.code] = text.body;
    }
  }

  const byValue = new Map<string, ReportEvidenceValue & { order: number }>();
  const order = new Map(target.indicators.map((indicator, index) => [indicator.identityId, index]));
  for (const file of files) {
    const indicator = byIdentity.get(file.value.identityId)!;
    const entry = byValue.get(file.value.id) ?? {
      indicatorCode: indicator.code,
      indicatorName: indicator.name,
      breakdown: describeDisaggregation(file.value.disaggregation),
      files: [],
      order: order.get(indicator.identityId) ?? 0,
    };
    entry.files.push({
      name: file.fileName,
      type: file.fileName.slice(file.fileName.lastIndexOf(".") + 1).toUpperCase(),
      size: formatFileSize(file.size),
      who: file.uploadedByLabel,
      when: file.createdAt.toISOString().slice(0, 10),
    });
    byValue.set(file.value.id, entry);
  }
  const evidence = [...byValue.values()]
    .sort((a, b) => a.order - b.order || a.breakdown.localeCompare(b.breakdown))
    .map(({ order: _order, ...entry }) => entry);
  return { narratives, evidence };
}
