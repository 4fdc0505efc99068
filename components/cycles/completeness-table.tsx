import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/locales";
import { formatPercent } from "@/lib/progress/format-score";
import type { CompletenessCounts } from "@/lib/monitoring/get-cycle-completeness";

type Row = { code: string; name: string; counts: CompletenessCounts };

/**
 * Where each institution (or area) stands in a cycle. Counts are indicators, judged on their
 * total value; the bar repeats the approved share for quick reading, the numbers say it all.
 */
export function CompletenessTable({
  caption,
  rows,
  totals,
  showOverdue,
}: {
  caption: string;
  rows: Row[];
  totals?: CompletenessCounts;
  showOverdue: boolean;
}) {
  const t = useTranslations("Completeness");
  const locale = toLocale(useLocale());
  const cells = (counts: CompletenessCounts) => (
    <>
      <td className="numeric">{counts.assigned}</td>
      <td className="numeric">{counts.entered}</td>
      <td className="numeric">{counts.submitted}</td>
      <td className="numeric">{counts.returned}</td>
      <td className="numeric">{counts.approved}</td>
      <td className="numeric">{counts.missing}</td>
      {showOverdue ? (
        <td className="numeric">{counts.overdue > 0 ? <strong className="text-danger">{counts.overdue}</strong> : 0}</td>
      ) : null}
      <td className="nowrap">
        <span className="progress" aria-hidden="true">
          <span className="progress__bar" style={{ width: `${counts.percentApproved}%` }} />
        </span>{" "}
        <span className="nowrap">{formatPercent(counts.percentApproved, locale)}</span>
      </td>
    </>
  );
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col" className="numeric">
              {t("indicators")}
            </th>
            <th scope="col" className="numeric">
              {t("entered")}
            </th>
            <th scope="col" className="numeric">
              {t("submitted")}
            </th>
            <th scope="col" className="numeric">
              {t("returned")}
            </th>
            <th scope="col" className="numeric">
              {t("approved")}
            </th>
            <th scope="col" className="numeric">
              {t("missing")}
            </th>
            {showOverdue ? (
              <th scope="col" className="numeric">
                {t("overdue")}
              </th>
            ) : null}
            <th scope="col">{t("approvedShare")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                <abbr title={row.name}>{row.code}</abbr> <span className="muted">{row.name}</span>
              </th>
              {cells(row.counts)}
            </tr>
          ))}
        </tbody>
        {totals ? (
          <tfoot>
            <tr>
              <th scope="row">{t("allIndicators")}</th>
              {cells(totals)}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
