import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getVersionStatusLabels } from "@/app/_i18n/get-status-labels";
import { ExportPanel } from "@/components/exports/export-panel";
import { DATA_CHOICES } from "@/lib/exports/export-choices";
import { AreaIndicatorTable } from "@/components/frameworks/area-indicator-table";
import { FrameworkTabs } from "@/components/frameworks/framework-tabs";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { isAppError } from "@/lib/errors";
import { getFrameworkMatrix } from "@/lib/frameworks/get-framework-matrix";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { AreaPicker } from "@/components/frameworks/area-picker";
import { SearchStatus } from "@/components/frameworks/search-status";
import { parseAreaViewQuery } from "@/lib/pages/parse-area-view-query";
import { LocalizedText } from "@/components/matrix/localized-text";

export async function generateMetadata(props: PageProps<"/frameworks/[code]">): Promise<Metadata> {
  const { code } = await props.params;
  const t = await getTranslations("FrameworkPage");
  return { title: t("title", { code: decodeURIComponent(code) }) };
}

export default async function FrameworkMatrixPage(props: PageProps<"/frameworks/[code]">) {
  const { code } = await props.params;
  const [access, t, statusLabels] = await Promise.all([requirePageAccess(), getTranslations("FrameworkPage"), getVersionStatusLabels()]);
  // A large matrix costs what it shows: one top-level area (with its sub-areas) or a search's matches.
  const view = parseAreaViewQuery(await props.searchParams);
  const matrix = await getFrameworkMatrix(access, decodeURIComponent(code), view).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { topLevelAreas, current, found, shown, countOf } = matrix.view;

  return (
    <>
      <Breadcrumbs items={[{ href: "/frameworks", label: t("breadcrumb") }, { label: matrix.code }]} />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {t("eyebrow", { code: matrix.code, version: matrix.version.label })}{" "}
          <span className="status status--version">{statusLabels[matrix.version.status]}</span> ·{" "}
          <Link href={`/frameworks/${encodeURIComponent(matrix.code)}/versions/${matrix.version.number}/consultation`}>
            {t("consultation")}
          </Link>
        </p>
        <h1>
          <LocalizedText entity={matrix} />
        </h1>
        {matrix.description ? (
          <p className="page-header__lead">
            <LocalizedText text={matrix.description} translations={matrix.descriptionTranslations} />
          </p>
        ) : null}
        <dl className="stat-list">
          <div>
            <dt>{t("areas")}</dt>
            <dd>{topLevelAreas.length}</dd>
          </div>
          <div>
            <dt>{t("indicators")}</dt>
            <dd>{matrix.indicatorCount}</dd>
          </div>
          <div>
            <dt>{t("years")}</dt>
            <dd>{matrix.years ? `${matrix.years.first}–${matrix.years.last}` : t("noYears")}</dd>
          </div>
        </dl>
      </div>

      <FrameworkTabs code={matrix.code} current="matrix" />
      <details className="card no-print downloads">
        <summary>{t("download", { code: matrix.code })}</summary>
        <p className="muted">
          {t.rich("downloadHelp", {
            link: (chunks) => <Link href={`/frameworks/${encodeURIComponent(matrix.code)}/report`}>{chunks}</Link>,
          })}
        </p>
        <ExportPanel frameworkCode={matrix.code} choices={DATA_CHOICES} includeProvisional={false} />
      </details>
      <AreaPicker
        basePath={`/frameworks/${encodeURIComponent(matrix.code)}`}
        areas={topLevelAreas.map((area) => ({
          code: area.code,
          name: area.name,
          nameTranslations: area.nameTranslations,
          count: countOf.get(area.id) ?? 0,
        }))}
        currentCode={current?.code ?? null}
        search={view.search}
        label={t("areaPicker")}
      />
      <SearchStatus search={view.search} found={found} />

      {shown.map((area) => {
        const Heading = area.depth === 0 ? "h2" : "h3";
        return (
          <section key={area.id} className={area.depth === 0 ? "section" : "subsection"} aria-labelledby={`area-${area.code}`}>
            <Heading id={`area-${area.code}`}>
              <span className="muted">{area.code}</span> <LocalizedText entity={area} />
            </Heading>
            {area.description && area.depth === 0 && !view.search ? <p className="muted">{area.description}</p> : null}
            {area.indicators.length > 0 ? (
              <AreaIndicatorTable area={area} frameworkCode={matrix.code} latestValues={matrix.latestValues} />
            ) : null}
          </section>
        );
      })}
    </>
  );
}
