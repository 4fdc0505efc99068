import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AreaPicker } from "@/components/frameworks/area-picker";
import { LocalizedText } from "@/components/matrix/localized-text";
import { SearchStatus } from "@/components/frameworks/search-status";
import type { IndicatorProgressRow } from "@/lib/progress/get-framework-progress";
import { ProgressLegend, ProgressStatusMark, useStatusLabels } from "./progress-status-badge";

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
                {rows.map((row) => (
                  <tr key={row.indicator.id}>
                    <th scope="row" className="name-cell" style={{ fontWeight: 400 }}>
                      <a href={`${frameworkPath}/indicators/${encodeURIComponent(row.indicator.code)}`}>
                        <span className="code">{row.indicator.code}</span> <LocalizedText entity={row.indicator} />
                      </a>
                    </th>
                    {years.map((year) => (
                      <td key={year}>
                        <ProgressStatusMark
                          status={row.statuses[year] ?? "not_available"}
                          short
                          provisional={row.provisionalYears.includes(year)}
                          labels={statusLabels}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </AreaRows>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
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
