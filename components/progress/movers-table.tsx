import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/locales";
import type { IndicatorMove } from "@/lib/progress/compare-years";
import { formatPercent, formatPoints } from "@/lib/progress/format-score";

/** The compare page's indicators that moved most one way, with their achievement in the first and last year. */
export function MoversTable({ title, moves, frameworkCode }: { title: string; moves: IndicatorMove[]; frameworkCode: string }) {
  const t = useTranslations("Compare");
  const locale = toLocale(useLocale());
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("indicator")}</th>
            <th scope="col" className="numeric">
              {t("from")}
            </th>
            <th scope="col" className="numeric">
              {t("to")}
            </th>
            <th scope="col" className="numeric">
              {t("change")}
            </th>
          </tr>
        </thead>
        <tbody>
          {moves.length === 0 ? (
            <tr>
              <td colSpan={4} className="muted">
                {t("none")}
              </td>
            </tr>
          ) : (
            moves.map((move) => (
              <tr key={move.code}>
                <th scope="row" style={{ fontWeight: 400 }}>
                  <Link href={`/frameworks/${encodeURIComponent(frameworkCode)}/indicators/${encodeURIComponent(move.code)}`}>
                    <span className="code">{move.code}</span> {move.name}
                  </Link>
                </th>
                <td className="numeric">{formatPercent(move.from, locale)}</td>
                <td className="numeric">{formatPercent(move.to, locale)}</td>
                <td className={`numeric ${move.change > 0 ? "change-up" : "change-down"}`}>{formatPoints(move.change, "—", locale)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
