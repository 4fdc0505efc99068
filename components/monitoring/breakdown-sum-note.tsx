"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/indicators/format-value";
import { toLocale } from "@/lib/i18n/locales";

export type SumMismatch = { parts: string[]; sum: number; total: number };

/**
 * Issue 14, trap 6: "Female + Male add up to 1,240, not the total 1,250." A warning, or the
 * reason submission is refused when the matrix requires the breakdown to add up.
 */
export function BreakdownSumNote({
  mismatches,
  decimals,
  mustSum,
}: {
  mismatches: readonly SumMismatch[];
  decimals: number | null;
  mustSum: boolean;
}) {
  const t = useTranslations("BreakdownSums");
  const locale = toLocale(useLocale());
  if (mismatches.length === 0) return null;
  return (
    <div className={`breakdown-sum-note${mustSum ? " breakdown-sum-note--rule" : ""}`} role="note">
      {mismatches.map((mismatch) => {
        const values = {
          parts: mismatch.parts.join(" + "),
          sum: formatNumber(mismatch.sum, decimals, locale),
          total: formatNumber(mismatch.total, decimals, locale),
        };
        return <p key={values.parts}>{mustSum ? t("mustSum", values) : t("warning", values)}</p>;
      })}
    </div>
  );
}
