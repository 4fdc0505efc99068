import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getIndicatorDetail, type IndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import { progressByYear } from "./progress-by-year";

/** The status of one indicator for each year it has a value, with the inputs of each calculation. */
export async function getIndicatorProgress(
  access: AccessContext,
  frameworkCode: string,
  indicatorCode: string,
  options: { includeProvisional?: boolean } = {},
) {
  const detail: IndicatorDetail = await getIndicatorDetail(access, frameworkCode, indicatorCode);
  const includeProvisional = options.includeProvisional ?? false;
  return {
    detail,
    includeProvisional,
    years: progressByYear(detail.indicator, detail.values, detail.framework.baseYear, includeProvisional),
  };
}
