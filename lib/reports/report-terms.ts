import { createTranslator } from "use-intl/core";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { ProgressStatus } from "@/lib/progress/progress-status";
import { reportMessages } from "./report-messages";

export type ReportTerms = {
  progressStatus: Record<ProgressStatus, string>;
  valueStatus: Record<ValueStatus, string>;
  /** The four SDG 10.7.2 categories, 1 to 4. */
  categories: [string, string, string, string];
};

/** The words of statuses and categories in one language, for the report and the data exports. */
export function reportTerms(locale: Locale): ReportTerms {
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportTerms" });
  return {
    progressStatus: {
      target_achieved: t("targetAchieved"),
      on_track: t("onTrack"),
      acceleration_needed: t("accelerationNeeded"),
      limited_progress: t("limitedProgress"),
      deterioration: t("deterioration"),
      not_available: t("notAvailable"),
    },
    valueStatus: { DRAFT: t("draft"), SUBMITTED: t("submitted"), RETURNED: t("returned"), APPROVED: t("approved") },
    categories: [t("category1"), t("category2"), t("category3"), t("category4")],
  };
}
