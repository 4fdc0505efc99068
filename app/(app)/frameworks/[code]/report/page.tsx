import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ExportPanel } from "@/components/exports/export-panel";
import { FrameworkTabs } from "@/components/frameworks/framework-tabs";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PrintButton } from "@/components/reports/print-button";
import { ReportView } from "@/components/reports/report-view";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { isAppError } from "@/lib/errors";
import { DATA_CHOICES, REPORT_CHOICES } from "@/lib/exports/export-choices";
import { loadReport } from "@/lib/reports/load-report";

type Props = PageProps<"/frameworks/[code]/report">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ code }, t] = await Promise.all([props.params, getTranslations("ReportPage")]);
  return { title: t("metaTitle", { code: decodeURIComponent(code) }) };
}

const year = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .optional()
  .catch(undefined);
const reportQuerySchema = z.object({ year, from: year, provisional: z.literal("1").optional().catch(undefined) });

export default async function FrameworkReportPage(props: Props) {
  const { code } = await props.params;
  const query = reportQuerySchema.parse(await props.searchParams);
  const [access, t, locale] = await Promise.all([requirePageAccess(), getTranslations("ReportPage"), getInterfaceLocale()]);
  const includeProvisional = query.provisional === "1";
  // The report on the page is in the page's language; the files' language is chosen in the export panel.
  const model = await loadReport(
    access,
    decodeURIComponent(code),
    { year: query.year, from: query.from, includeProvisional },
    locale,
  ).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const base = `/frameworks/${encodeURIComponent(model.frameworkCode)}`;
  const choosable = [...model.years].reverse();

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          { href: base, label: model.frameworkCode },
          { label: t("breadcrumbReport") },
        ]}
      />
      <div className="page-header no-print">
        <p className="page-header__eyebrow">{t("eyebrow", { code: model.frameworkCode })}</p>
        <h1>{t("heading", { name: model.frameworkName })}</h1>
        <p className="page-header__lead">{t("lead")}</p>
      </div>
      <FrameworkTabs code={model.frameworkCode} current="report" />

      <form method="get" className="card no-print report-controls" aria-labelledby="report-controls-heading">
        <h2 id="report-controls-heading" className="visually-hidden">
          {t("whichReport")}
        </h2>
        <div className="form-row">
          <div className="field">
            <label htmlFor="report-year">{t("year")}</label>
            <select id="report-year" name="year" className="input" defaultValue={model.year ?? undefined}>
              {choosable.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-from">{t("trendsFrom")}</label>
            <select id="report-from" name="from" className="input" defaultValue={query.from ?? ""}>
              <option value="">{t("firstYearWithData")}</option>
              {[...choosable].reverse().map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="year-picker">
            <legend>{t("valuesCounted")}</legend>
            <label>
              <input type="radio" name="provisional" value="" defaultChecked={!includeProvisional} /> {t("approvedOnly")}
            </label>
            <label>
              <input type="radio" name="provisional" value="1" defaultChecked={includeProvisional} /> {t("alsoProvisional")}
            </label>
          </fieldset>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t("show")}
          </button>
          <PrintButton />
        </div>
      </form>

      <section className="card no-print" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t("download")}</h2>
        <ExportPanel
          frameworkCode={model.frameworkCode}
          choices={[...REPORT_CHOICES, ...DATA_CHOICES]}
          year={model.year ?? undefined}
          from={query.from}
          includeProvisional={includeProvisional}
        />
      </section>

      <ReportView model={model} />
    </>
  );
}
