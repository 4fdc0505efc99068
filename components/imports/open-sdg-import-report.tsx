import { formatNumber } from "@/lib/indicators/format-value";
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
  const { values, indicators, files } = report;
  // Reports of imports made before partial imports and periods existed lack these.
  const refused = report.refused ?? { files: [], rows: 0, byReason: {}, problems: [] };
  return (
    <section className="section" aria-labelledby="import-report-heading">
      <div className={report.dryRun ? "notice" : "notice notice--success"} role="status">
        <p>
          <strong>
            {report.dryRun
              ? `${report.sourceName} was checked; nothing was saved.`
              : `${report.sourceName} was imported into ${report.frameworkCode}.`}
          </strong>{" "}
          All {formatNumber(values.total)} values of the files are accounted for: {formatNumber(values.stored)}{" "}
          {report.dryRun ? "would be stored" : "stored"}
          {values.repeated > 0 ? `, ${formatNumber(values.repeated)} repeated observations not stored (listed below)` : ""}.
        </p>
        {report.dryRun ? <p>Choose &ldquo;Import&rdquo; to save them.</p> : null}
      </div>

      <h2 id="import-report-heading">{report.dryRun ? "What the import would do" : "What the import did"}</h2>
      <dl className="summary-list">
        <dt>Framework</dt>
        <dd>
          {report.frameworkCode}
          {report.frameworkCreated ? (report.dryRun ? " (would be created)" : " (created)") : " (existing)"}
        </dd>
        <dt>Files</dt>
        <dd>
          {formatNumber(files.indicatorFiles)} indicator files, {formatNumber(files.metadataFiles)} metadata files
          {files.skipped.length > 0 ? `, ${files.skipped.length} skipped` : ""}
        </dd>
        <dt>Languages</dt>
        <dd>{report.languages.length > 0 ? report.languages.join(", ") : "None (no metadata)"}</dd>
        <dt>Data rows</dt>
        <dd>
          {formatNumber(report.rows)}: {formatNumber(values.created + values.updated)} imported, {formatNumber(values.unchanged)} unchanged,{" "}
          {formatNumber(values.repeated)} repeated, {formatNumber(values.locked)} locked, {formatNumber(values.blank)} blank,{" "}
          {formatNumber(refused.rows)} left out
        </dd>
        {report.periods && report.periods.mapped > 0 ? (
          <>
            <dt>Periods</dt>
            <dd>
              {formatNumber(report.periods.mapped)} values of two-year periods (such as 2014/2015) stored under their {report.periods.rule}{" "}
              year, with the period kept as their label
            </dd>
          </>
        ) : null}
        <dt>Values in the files</dt>
        <dd>
          {formatNumber(values.total)}; {formatNumber(values.blank)} blank cells left missing
        </dd>
        <dt>Values stored</dt>
        <dd>
          {formatNumber(values.stored)}: {formatNumber(values.created)} new, {formatNumber(values.updated)} changed,{" "}
          {formatNumber(values.unchanged)} unchanged
        </dd>
        <dt>Repeated observations</dt>
        <dd>{formatNumber(values.repeated)} (the first occurrence is kept)</dd>
        <dt>Values not in the files</dt>
        <dd>{formatNumber(values.notInSource)} (kept as they are)</dd>
        <dt>Indicators</dt>
        <dd>
          {formatNumber(indicators.total)}: {formatNumber(indicators.created)} new, {formatNumber(indicators.updated)} changed
          {indicators.withoutMetadata.length > 0 ? `; without metadata, named by their code: ${indicators.withoutMetadata.join(", ")}` : ""}
        </dd>
        <dt>Areas</dt>
        <dd>
          {formatNumber(report.areas.created)} new, {formatNumber(report.areas.updated)} renamed
        </dd>
        <dt>Breakdowns</dt>
        <dd>
          {formatNumber(report.dimensions.used)} used, {formatNumber(report.dimensions.created.length)} new,{" "}
          {formatNumber(report.dimensions.membersCreated)} new categories
        </dd>
      </dl>

      <OpenSdgRefusedRows refused={refused} maxRows={MAX_ROWS} />

      {report.repeated.length > 0 ? (
        <>
          <h3>Repeated observations</h3>
          <p>These rows repeat the year and breakdown of an earlier row of the same file. The earlier row is kept; these are not stored.</p>
          <div className="table-wrapper" tabIndex={0} role="region" aria-label="Repeated observations">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col" className="numeric">
                    Line
                  </th>
                  <th scope="col" className="numeric">
                    First line
                  </th>
                  <th scope="col" className="numeric">
                    Year
                  </th>
                  <th scope="col">Breakdown</th>
                  <th scope="col" className="numeric">
                    Value
                  </th>
                  <th scope="col" className="numeric">
                    First value
                  </th>
                  <th scope="col">Differs</th>
                </tr>
              </thead>
              <tbody>
                {report.repeated.slice(0, MAX_ROWS).map((repeat) => (
                  <tr key={`${repeat.file}:${repeat.line}`}>
                    <td className="code-cell">{repeat.file}</td>
                    <td className="numeric">{repeat.line}</td>
                    <td className="numeric">{repeat.firstLine}</td>
                    <td className="numeric">{repeat.year}</td>
                    <td>{describeBreakdown(repeat.disaggregation)}</td>
                    <td className="numeric">{String(repeat.value)}</td>
                    <td className="numeric">{String(repeat.firstValue)}</td>
                    <td>{repeat.differs ? <strong>Yes</strong> : "No"}</td>
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
          <h3>Skipped files</h3>
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
          <h3>Warnings</h3>
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
  return (
    <section className="section" aria-labelledby="import-problems-heading">
      <h2 id="import-problems-heading">Problems in the files</h2>
      <p>Nothing was imported. Correct these rows in the files and send the data set again.</p>
      <ProblemList problems={problems} label="Problems in the files" max={MAX_ROWS} />
      <MoreRows shown={Math.min(MAX_ROWS, problems.length)} total={problems.length} />
    </section>
  );
}

function MoreRows({ shown, total }: { shown: number; total: number }) {
  if (shown >= total) return null;
  return (
    <p className="muted">
      The first {formatNumber(shown)} of {formatNumber(total)} are shown; the job&rsquo;s JSON (GET /api/v1/jobs/&hellip;) lists them all.
    </p>
  );
}

/** "Headline" for the total row, else "Sex: Women, Age group: 15-24". */
function describeBreakdown(disaggregation: Record<string, string>): string {
  const parts = Object.entries(disaggregation).map(([column, cell]) => `${column}: ${cell}`);
  return parts.length > 0 ? parts.join(", ") : "Headline (total)";
}
