import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { loadVersionChanges } from "@/lib/matrix/load-version-changes";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { loadFrameworkData, type YearRange } from "@/lib/progress/load-framework-data";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { buildReportModel } from "./build-report-model";
import { createMatrixTextReader, FALLBACK_MARK } from "./model/localize-matrix-texts";
import { loadReportNarratives } from "./load-report-narratives";
import type { ReportCompleteness, ReportModel } from "./report-model";

/**
 * The working-group report of a framework, for the person asking: the values they may read,
 * the completeness of the year's cycle when their role sees it, and the open points (which
 * indicators lack an approved value; return reasons only for those who review), in the
 * language asked for (English by default), with the matrix's texts in it (decision 053). A fixed
 * number of queries. Who does not follow reporting (viewers, other institutions' focal
 * points) learns nothing of drafts: to them an indicator simply has no approved value yet.
 */
export async function loadReport(access: AccessContext, frameworkCode: string, range: YearRange, locale?: Locale): Promise<ReportModel> {
  const data = await loadFrameworkData(access, frameworkCode, range);
  const year = data.reportYear;
  const indicators = data.progress.framework.areas.flatMap((area) => area.indicators);
  // Values belong to the indicator's identity; the model knows indicators by this version's ids.
  const names = createMatrixTextReader(locale ?? DEFAULT_LOCALE, FALLBACK_MARK);
  const definitionOf = new Map(indicators.map((indicator) => [indicator.identityId, indicator.id]));
  const [completeness, yearStatuses, matrixChanges, narrated] = await Promise.all([
    year === null ? null : loadCompleteness(access, frameworkCode, year),
    year === null
      ? []
      : db.indicatorValue
          .findMany({
            where: { year, disaggregation: "", identityId: { in: [...definitionOf.keys()] } },
            select: { identityId: true, status: true, returnReason: true },
          })
          .then((rows) => rows.map(({ identityId, ...row }) => ({ indicatorId: definitionOf.get(identityId)!, ...row }))),
    loadVersionChanges({ workspaceId: access.workspace.id, versionId: data.progress.framework.version.id }),
    year === null
      ? null
      : loadReportNarratives(access, {
          frameworkId: data.progress.framework.id,
          year,
          // The evidence annex names indicators as the rest of the report does.
          indicators: indicators.map((indicator) => ({ ...indicator, name: names.read(indicator.name, indicator.nameTranslations) })),
        }),
  ]);
  return buildReportModel({
    data,
    completeness,
    yearStatuses,
    showReturnReasons: can(access, "values.read-submitted"),
    detailedStatuses: can(access, "completeness.read-all"),
    matrixChanges,
    narratives: narrated?.narratives,
    evidence: narrated?.evidence,
    locale,
  });
}

async function loadCompleteness(access: AccessContext, frameworkCode: string, year: number): Promise<ReportCompleteness | null> {
  try {
    const completeness = await getCycleCompleteness(access, { frameworkCode, year });
    return {
      cycleStatus: completeness.cycle.status,
      submissionDeadline: completeness.cycle.submissionDeadline,
      totals: completeness.totals,
      institutions: completeness.institutions,
    };
  } catch (error) {
    // No cycle that year, or a role that does not see completeness: the report goes without it.
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return null;
    throw error;
  }
}
