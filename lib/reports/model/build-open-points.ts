import type { FrameworkStructure } from "@/lib/frameworks/get-framework-structure";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { reportMessages } from "../report-messages";
import type { ReportTerms } from "../report-terms";
import type { ReportOpenPoints, YearStatus } from "../report-model";

/**
 * Which indicators lack a value, an approved value, or were returned in the report's year, and
 * a sentence on how many. Readers who do not follow reporting (`detailedStatuses` false) learn
 * nothing of drafts: only approved values are known to them.
 */
export function buildOpenPoints(input: {
  framework: FrameworkStructure;
  year: number | null;
  yearStatuses: readonly YearStatus[];
  detailedStatuses: boolean;
  showReturnReasons: boolean;
  locale: Locale;
  terms: ReportTerms;
}): { openPoints: ReportOpenPoints; openPointsSentence: string } {
  const { framework, year } = input;
  const t = createTranslator({ ...reportMessages(input.locale), namespace: "ReportOpenPoints" });
  const institutionOf = new Map(
    framework.areas.flatMap((area) => area.indicators.map((indicator) => [indicator.id, indicator.leadInstitution?.code ?? null] as const)),
  );
  const statusById = new Map(
    input.yearStatuses.filter((entry) => input.detailedStatuses || entry.status === "APPROVED").map((entry) => [entry.indicatorId, entry]),
  );
  const everyIndicator = framework.areas.flatMap((area) => area.indicators);
  const missing = everyIndicator.filter((indicator) => !statusById.has(indicator.id));
  const notApproved = everyIndicator.filter((indicator) => ["DRAFT", "SUBMITTED"].includes(statusById.get(indicator.id)?.status ?? ""));
  const returned = everyIndicator.filter((indicator) => statusById.get(indicator.id)?.status === "RETURNED");

  return {
    openPointsSentence:
      year === null
        ? t("noYear")
        : input.detailedStatuses
          ? t("detailed", { year, missing: missing.length, notApproved: notApproved.length, returned: returned.length })
          : t("approvedOnly", { year, missing: missing.length }),
    openPoints: {
      detailed: input.detailedStatuses,
      missing: missing.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        institution: institutionOf.get(indicator.id) ?? null,
      })),
      notApproved: notApproved.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        institution: institutionOf.get(indicator.id) ?? null,
        status: input.terms.valueStatus[statusById.get(indicator.id)!.status],
      })),
      returned: returned.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        institution: institutionOf.get(indicator.id) ?? null,
        reason: input.showReturnReasons ? (statusById.get(indicator.id)?.returnReason ?? null) : null,
      })),
    },
  };
}
