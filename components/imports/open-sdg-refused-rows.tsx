import { useLocale, useTranslations } from "next-intl";
import { ProblemList } from "@/components/problems/problem-list";
import { formatNumber } from "@/lib/indicators/format-value";
import { toLocale } from "@/lib/i18n/locales";
import type { OpenSdgRefused } from "@/lib/open-sdg/open-sdg-report";
import type { OpenSdgRefusalReason } from "@/lib/open-sdg/open-sdg-refusal";
import { useRefusalReasonTexts } from "./use-refusal-reason-texts";

/** What a partial import left out: files with why, counts per reason, and the single rows by file and line. */
export function OpenSdgRefusedRows({ refused, maxRows }: { refused: OpenSdgRefused; maxRows: number }) {
  const t = useTranslations("OpenSdgReport");
  const locale = toLocale(useLocale());
  const n = (value: number) => formatNumber(value, null, locale);
  const reasonText = useRefusalReasonTexts();
  if (refused.rows === 0 && refused.files.length === 0) return null;
  const reasons = Object.entries(refused.byReason);
  return (
    <>
      <h3>{t("leftOut")}</h3>
      <p>
        {reasons.length > 0
          ? t("leftOutByReason", {
              rows: refused.rows,
              reasons: reasons
                .map(([reason, rows]) => `${reasonText[reason as OpenSdgRefusalReason] ?? reason} ${n(rows ?? 0)}`)
                .join(", "),
            })
          : t("leftOutRows", { rows: refused.rows })}
      </p>
      {refused.files.length > 0 ? (
        <ul className="plain-list">
          {refused.files.map((file) => (
            <li key={file.file}>
              <code>{file.file}</code> {t("fileRows", { rows: file.rows })}: {file.message}
            </li>
          ))}
        </ul>
      ) : null}
      {refused.problems.length > 0 ? <ProblemList problems={refused.problems} label={t("rowsLeftOut")} max={maxRows} /> : null}
    </>
  );
}
