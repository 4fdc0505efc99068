import { useLocale, useTranslations } from "next-intl";
import { useValueTypeLabels } from "@/components/matrix/use-matrix-labels";
import { useValueStatusLabels } from "@/components/indicators/value-status-badge";
import type { StructureArea } from "@/lib/frameworks/get-framework-structure";
import { readTranslations } from "@/lib/i18n/localized-name";
import { toLocale } from "@/lib/i18n/locales";
import { describeTarget } from "@/lib/indicators/describe-target";
import { formatBaseline, formatIndicatorValue, pickFinalTarget } from "@/lib/indicators/format-value";
import { localizeValueFormat } from "@/lib/indicators/localize-value-format";
import type { FrameworkValueRow } from "@/lib/monitoring/list-framework-values";
import { MatrixRows } from "./matrix-rows";
import { useTargetWords } from "./use-target-words";

/**
 * One area's indicators with baseline, final target and latest value, in the reader's language
 * (numbers, units and levels). The server formats every text; the rows are drawn by MatrixRows
 * from those texts (decision 050), plain links with nothing to do in the browser.
 */
export function AreaIndicatorTable({
  area,
  frameworkCode,
  latestValues,
}: {
  area: StructureArea;
  frameworkCode: string;
  latestValues: Map<string, FrameworkValueRow>;
}) {
  // Labels read once per table, not once per row (decision 045).
  const t = useTranslations("AreaIndicatorTable");
  const targetWords = useTargetWords();
  const locale = toLocale(useLocale());
  const typeLabels = useValueTypeLabels();
  const statusLabels = useValueStatusLabels();
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={`area-${area.code}`}>
      <table className="data-table matrix-table">
        <colgroup>
          <col style={{ width: "6.5rem" }} />
          <col />
          <col style={{ width: "7rem" }} />
          {/* Wide enough for the longest language's word ("Ответственный"): a heading never breaks mid-word. */}
          <col style={{ width: "8.5rem" }} />
          <col style={{ width: "9.5rem" }} />
          <col style={{ width: "9.5rem" }} />
          <col style={{ width: "10rem" }} />
          <col style={{ width: "9rem" }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t("code")}</th>
            <th scope="col">{t("indicator")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("lead")}</th>
            <th scope="col">{t("baseline")}</th>
            <th scope="col">{t("target")}</th>
            <th scope="col">{t("latest")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          <MatrixRows
            rows={area.indicators.map((indicator) => {
              const latest = latestValues.get(indicator.code);
              const format = localizeValueFormat(indicator, locale);
              const target = describeTarget(pickFinalTarget(indicator.targets), format, locale);
              const translation = readTranslations(indicator.nameTranslations)[locale];
              return {
                code: indicator.code,
                name: indicator.name,
                ...(translation === undefined ? {} : { nameTranslations: { [locale]: translation } }),
                type: typeLabels[indicator.valueType],
                lead: indicator.leadInstitution ? { code: indicator.leadInstitution.code, name: indicator.leadInstitution.name } : null,
                baseline: formatBaseline({ ...indicator, ...format }, locale),
                target: target ? targetWords(target) : null,
                latest: latest
                  ? { text: truncate(formatIndicatorValue(latest, format, locale), 60), year: latest.year, status: latest.status }
                  : null,
              };
            })}
            indicatorPath={`/frameworks/${encodeURIComponent(frameworkCode)}/indicators`}
            statusLabels={statusLabels}
            noValue={t("noValue")}
          />
        </tbody>
      </table>
    </div>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
