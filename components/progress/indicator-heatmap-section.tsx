import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AreaPicker } from "@/components/frameworks/area-picker";
import { LocalizedText } from "@/components/matrix/localized-text";
import { SearchStatus } from "@/components/frameworks/search-status";
import { readTranslations } from "@/lib/i18n/localized-name";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import type { IndicatorProgressRow } from "@/lib/progress/get-framework-progress";
import { PROGRESS_STATUSES } from "@/lib/progress/progress-status";
import { HeatmapRows, type HeatmapRow } from "./heatmap-rows";
import { ProgressLegend, useStatusLabels } from "./progress-status-badge";

type Area = { id: string; code: string; name: string; nameTranslations?: unknown };

/**
 * The progress page's table of each indicator's status by year. A large framework's table
 * costs what it shows, so it holds one top-level area, or a search's matches.
 */
export function IndicatorHeatmapSection({
  frameworkPath,
  official,
  baseYear,
  years,
  yearLabel,
  picker,
  groups,
}: {
  frameworkPath: string;
  official: boolean;
  baseYear: number | null;
  years: number[];
  yearLabel: (year: number) => string;
  picker: {
    areas: { code: string; name: string; nameTranslations?: unknown; count: number }[];
    currentCode: string | null;
    search: string | null;
    found: number;
    keep: Record<string, string>;
  };
  /** The rows shown, by top-level area. */
  groups: { area: Area; rows: IndicatorProgressRow[] }[];
}) {
  const t = useTranslations("Progress");
  // Read once for the whole table: hundreds of cells share them.
  const statusLabels = useStatusLabels();
  const locale = toLocale(useLocale());
  return (
    <section className="section" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">{t("heatmapHeading")}</h2>
      <p className="muted">{baseYear === null ? t("heatmapLeadEachFirstYear") : t("heatmapLead", { baseYear: String(baseYear) })}</p>
      <AreaPicker
        basePath={`${frameworkPath}/progress`}
        areas={picker.areas}
        currentCode={picker.currentCode}
        search={picker.search}
        keep={picker.keep}
        label={official ? t("domainsOfTable") : t("areasOfTable")}
      />
      <SearchStatus search={picker.search} found={picker.found} />
      <ProgressLegend />
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="heatmap-caption">
        <table className="data-table heatmap">
          <caption id="heatmap-caption" className="visually-hidden">
            {t("heatmapCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("indicator")}</th>
              {years.map((year) => (
                <th key={year} scope="col">
                  {yearLabel(year)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map(({ area, rows }) => (
              <AreaRows
                key={area.id}
                label={
                  <>
                    {area.code} <LocalizedText entity={area} />
                  </>
                }
                colSpan={years.length + 1}
              >
                <HeatmapRows
                  rows={rows.map((row) => toHeatmapRow(row, years, locale))}
                  years={years}
                  indicatorPath={`${frameworkPath}/indicators`}
                  labels={statusLabels}
                />
              </AreaRows>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** What a row's cells need, and nothing more: the payload of a page is every row's props (decision 050). */
function toHeatmapRow(row: IndicatorProgressRow, years: number[], locale: Locale): HeatmapRow {
  const translation = readTranslations(row.indicator.nameTranslations)[locale];
  return {
    code: row.indicator.code,
    name: row.indicator.name,
    ...(translation === undefined ? {} : { nameTranslations: { [locale]: translation } }),
    statuses: years.map((year) => PROGRESS_STATUSES.indexOf(row.statuses[year] ?? "not_available")),
    provisionalYears: row.provisionalYears.filter((year) => years.includes(year)),
  };
}

function AreaRows({ label, colSpan, children }: { label: ReactNode; colSpan: number; children: ReactNode }) {
  return (
    <>
      <tr className="area-row">
        <th scope="colgroup" colSpan={colSpan}>
          {label}
        </th>
      </tr>
      {children}
    </>
  );
}
