import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/indicators/format-value";
import { toLocale } from "@/lib/i18n/locales";
import { ProblemList } from "@/components/problems/problem-list";
import type { JobView } from "@/lib/jobs/job-view";
import type { OpenSdgImportReport } from "@/lib/open-sdg/open-sdg-report";
import type { Problem } from "@/lib/problems/problem";
import { problemsFromJson, type ProblemsJson } from "@/lib/problems/problems-json";
import { OpenSdgRefusedRows } from "./open-sdg-refused-rows";

/** The most rows a table shows; the JSON of the job (GET /api/v1/jobs/{id}) has them all. */
const MAX_ROWS = 500;

/** What a finished Open SDG import job produced: its report, or for a failed job the problems found. */
export function OpenSdgImportOutcome({ job }: { job: JobView }) {
  if (job.status === "FAILED") {
    // The problems in the files, as lib/jobs/run-job.ts keeps them in the job's result.
    const failure = job.result as { details?: ProblemsJson | null } | null;
    const problems = problemsFromJson({ problems: failure?.details?.problems });
    return problems.length > 0 ? <ProblemsTable problems={problems} /> : null;
  }
  return <OpenSdgImportReportView report={job.result as OpenSdgImportReport} />;
}

export function OpenSdgImportReportView({ report }: { report: OpenSdgImportReport }) {
  const t = useTranslations("OpenSdgReport");
  const locale = toLocale(useLocale());
  // Compact lists of labelled counts take formatted numbers; counts in a sentence go as numbers,
  // for the message's plural to pick the noun's form and format them (docs/glossary.md "Counts").
  const n = (value: number) => formatNumber(value, null, locale);
  const { values, indicators, files } = report;
  // Reports of imports made before partial imports and periods existed lack these.
  const refused = report.refused ?? { files: [], rows: 0, byReason: {}, problems: [] };
  return (
    <section className="section" aria-labelledby="import-report-heading">
      <div className={report.dryRun ? "notice" : "notice notice--success"} role="status">
        <p>
          <strong>
            {report.dryRun
              ? t("checked", { source: report.sourceName })
              : t("imported", { source: report.sourceName, framework: report.frameworkCode })}
          </strong>{" "}
          {report.dryRun
            ? t("accountedDryRun", { total: values.total, stored: values.stored })
            : t("accounted", { total: values.total, stored: values.stored })}
          {values.repeated > 0 ? t("repeatedNotStored", { repeated: values.repeated }) : ""}.
        </p>
        {report.dryRun ? <p>{t("chooseImport")}</p> : null}
      </div>

      <h2 id="import-report-heading">{report.dryRun ? t("wouldDo") : t("did")}</h2>
      <dl className="summary-list">
        <dt>{t("framework")}</dt>
        <dd>
          {report.frameworkCode} {report.frameworkCreated ? (report.dryRun ? t("wouldBeCreated") : t("created")) : t("existing")}
        </dd>
        <dt>{t("files")}</dt>
        <dd>
          {t("fileCounts", { indicatorFiles: files.indicatorFiles, metadataFiles: files.metadataFiles })}
          {files.skipped.length > 0 ? t("skippedCount", { skipped: n(files.skipped.length) }) : ""}
        </dd>
        <dt>{t("languages")}</dt>
        <dd>{report.languages.length > 0 ? report.languages.join(", ") : t("noLanguages")}</dd>
        <dt>{t("dataRows")}</dt>
        <dd>
          {t("rowCounts", {
            rows: n(report.rows),
            imported: n(values.created + values.updated),
            unchanged: n(values.unchanged),
            repeated: n(values.repeated),
            locked: n(values.locked),
            blank: n(values.blank),
            leftOut: n(refused.rows),
          })}
        </dd>
        {report.periods && report.periods.mapped > 0 ? (
          <>
            <dt>{t("periods")}</dt>
            <dd>
              {report.periods.rule === "first"
                ? t("periodsFirst", { mapped: report.periods.mapped })
                : t("periodsLast", { mapped: report.periods.mapped })}
            </dd>
          </>
        ) : null}
        <dt>{t("valuesInFiles")}</dt>
        <dd>{t("valuesInFilesCounts", { total: n(values.total), blank: n(values.blank) })}</dd>
        <dt>{t("valuesStored")}</dt>
        <dd>
          {t("valuesStoredCounts", {
            stored: n(values.stored),
            created: n(values.created),
            updated: n(values.updated),
            unchanged: n(values.unchanged),
          })}
        </dd>
        <dt>{t("repeated")}</dt>
        <dd>{t("repeatedCount", { repeated: n(values.repeated) })}</dd>
        <dt>{t("notInSource")}</dt>
        <dd>{t("notInSourceCount", { count: n(values.notInSource) })}</dd>
        <dt>{t("indicators")}</dt>
        <dd>
          {t("indicatorCounts", { total: n(indicators.total), created: n(indicators.created), updated: n(indicators.updated) })}
          {indicators.withoutMetadata.length > 0 ? t("withoutMetadata", { codes: indicators.withoutMetadata.join(", ") }) : ""}
        </dd>
        <dt>{t("areas")}</dt>
        <dd>{t("areaCounts", { created: n(report.areas.created), updated: n(report.areas.updated) })}</dd>
        <dt>{t("breakdowns")}</dt>
        <dd>
          {t("breakdownCounts", {
            used: n(report.dimensions.used),
            created: n(report.dimensions.created.length),
            members: n(report.dimensions.membersCreated),
          })}
        </dd>
      </dl>

      <OpenSdgRefusedRows refused={refused} maxRows={MAX_ROWS} />

      {report.repeated.length > 0 ? (
        <>
          <h3>{t("repeated")}</h3>
          <p>{t("repeatedNote")}</p>
          <div className="table-wrapper" tabIndex={0} role="region" aria-label={t("repeated")}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("file")}</th>
                  <th scope="col" className="numeric">
                    {t("line")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("firstLine")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("year")}
                  </th>
                  <th scope="col">{t("breakdown")}</th>
                  <th scope="col" className="numeric">
                    {t("value")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("firstValue")}
                  </th>
                  <th scope="col">{t("differs")}</th>
                </tr>
              </thead>
              <tbody>
                {report.repeated.slice(0, MAX_ROWS).map((repeat) => (
                  <tr key={`${repeat.file}:${repeat.line}`}>
                    <td className="code-cell">{repeat.file}</td>
                    <td className="numeric">{repeat.line}</td>
                    <td className="numeric">{repeat.firstLine}</td>
                    <td className="numeric">{repeat.year}</td>
                    <td>{describeBreakdown(repeat.disaggregation, t("headline"))}</td>
                    <td className="numeric">{String(repeat.value)}</td>
                    <td className="numeric">{String(repeat.firstValue)}</td>
                    <td>{repeat.differs ? <strong>{t("yes")}</strong> : t("no")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <MoreRows shown={Math.min(MAX_ROWS, report.repeated.length)} total={report.repeated.length} />
        </>
      ) : null}

      {files.skipped.length > 0 ? (
        <>
          <h3>{t("skippedFiles")}</h3>
          <ul className="plain-list">
            {files.skipped.map((skipped) => (
              <li key={skipped.file}>
                <code>{skipped.file}</code>: {skipped.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {report.warnings.length > 0 ? (
        <>
          <h3>{t("warnings")}</h3>
          <ul className="plain-list">
            {report.warnings.slice(0, MAX_ROWS).map((warning, index) => (
              <li key={index}>
                <code>
                  {warning.file}
                  {warning.line ? `:${warning.line}` : ""}
                </code>
                : {warning.message}
              </li>
            ))}
          </ul>
          <MoreRows shown={Math.min(MAX_ROWS, report.warnings.length)} total={report.warnings.length} />
        </>
      ) : null}
    </section>
  );
}

function ProblemsTable({ problems }: { problems: Problem[] }) {
  const t = useTranslations("OpenSdgReport");
  return (
    <section className="section" aria-labelledby="import-problems-heading">
      <h2 id="import-problems-heading">{t("problems")}</h2>
      <p>{t("nothingImported")}</p>
      <ProblemList problems={problems} label={t("problems")} max={MAX_ROWS} />
      <MoreRows shown={Math.min(MAX_ROWS, problems.length)} total={problems.length} />
    </section>
  );
}

function MoreRows({ shown, total }: { shown: number; total: number }) {
  const t = useTranslations("OpenSdgReport");
  const locale = toLocale(useLocale());
  if (shown >= total) return null;
  return <p className="muted">{t("moreRows", { shown: formatNumber(shown, null, locale), total: formatNumber(total, null, locale) })}</p>;
}

/** `headline` for the total row, else "Sex: Women, Age group: 15-24". */
function describeBreakdown(disaggregation: Record<string, string>, headline: string): string {
  const parts = Object.entries(disaggregation).map(([column, cell]) => `${column}: ${cell}`);
  return parts.length > 0 ? parts.join(", ") : headline;
}
