import { useTranslations } from "next-intl";
import type { OpenSdgRefusalReason } from "@/lib/open-sdg/open-sdg-refusal";

/**
 * Each reason an Open SDG import counts left-out rows under, as the reader's language words it
 * (the reasons are counting keys in English, not texts).
 */
export function useRefusalReasonTexts(): Record<OpenSdgRefusalReason, string> {
  const t = useTranslations("OpenSdgReport");
  return {
    quarter: t("reasons.quarter"),
    "multi-year range": t("reasons.multiYearRange"),
    "not a year": t("reasons.notAYear"),
    "not a number": t("reasons.notANumber"),
    "malformed line": t("reasons.malformedLine"),
    "line too long": t("reasons.lineTooLong"),
    header: t("reasons.header"),
    "unnamed column with data": t("reasons.unnamedColumn"),
    encoding: t("reasons.encoding"),
    structure: t("reasons.structure"),
    "missing value": t("reasons.missingValue"),
    "malformed XML": t("reasons.malformedXml"),
    "unsafe XML": t("reasons.unsafeXml"),
    format: t("reasons.format"),
    "unknown dimension": t("reasons.unknownDimension"),
    "no indicator": t("reasons.noIndicator"),
  };
}
