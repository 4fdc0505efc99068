import Link from "next/link";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { formatIndicatorValue } from "@/lib/indicators/format-value";
import type { IndicatorProgress } from "@/lib/progress/indicator-progress";
import { PROGRESS_STATUS_LABELS } from "@/lib/progress/progress-status";
import { ProgressStatusBadge } from "./progress-status-badge";

type Indicator = {
  name: string;
  valueType: ValueType;
  unit: string | null;
  decimals: number | null;
  levels: { code: string; label: string }[];
};

const percent = (value: number | null) =>
  value === null || !Number.isFinite(value) ? "—" : `${(value * 100).toLocaleString("en-GB", { maximumFractionDigits: 1 })} %`;

function show(value: number | string | null, indicator: Indicator): string {
  if (value === null) return "—";
  return formatIndicatorValue(
    typeof value === "number" ? { number: value, levelCode: null, text: null } : { number: null, levelCode: value, text: null },
    indicator,
  );
}

/** The status of the indicator in each year, with what the method compared, from approved values. */
export function IndicatorProgressSection({
  years,
  indicator,
  baseYear,
}: {
  years: { year: number; progress: IndicatorProgress }[];
  indicator: Indicator;
  baseYear: number | null;
}) {
  const latest = [...years].reverse().find((entry) => entry.progress.status !== "not_available");
  return (
    <section className="section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      {latest ? (
        <p>
          In {latest.year}: <ProgressStatusBadge status={latest.progress.status} />{" "}
          <span className="muted">(approved values; base year {latest.progress.inputs.baseYear ?? baseYear ?? "—"})</span>
        </p>
      ) : (
        <p className="muted">
          No progress status yet: the method needs approved values in two years from the base year
          {indicator.valueType === "TEXT" ? ", and narrative indicators have none" : ""}.
        </p>
      )}
      {years.length > 0 ? (
        <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="progress-table-caption">
          <table className="data-table">
            <caption id="progress-table-caption">Progress status by year and how it was reached</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Status</th>
                <th scope="col">Base</th>
                <th scope="col">Value</th>
                <th scope="col">Target</th>
                <th scope="col" className="numeric">
                  Growth a year
                </th>
                <th scope="col" className="numeric">
                  Needed a year
                </th>
                <th scope="col" className="numeric">
                  Ratio
                </th>
              </tr>
            </thead>
            <tbody>
              {[...years].reverse().map(({ year, progress }) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  <td>
                    <ProgressStatusBadge status={progress.status} />
                    {progress.reason ? <div className="muted">{progress.reason}</div> : null}
                  </td>
                  <td>{progress.inputs.baseYear ? `${show(progress.inputs.baseValue, indicator)} (${progress.inputs.baseYear})` : "—"}</td>
                  <td>{show(progress.inputs.currentValue, indicator)}</td>
                  <td>
                    {progress.inputs.target ? `${show(progress.inputs.target.value, indicator)} by ${progress.inputs.target.year}` : "—"}
                  </td>
                  <td className="numeric">
                    {progress.method === "levels" || progress.method === "maintain" ? "—" : percent(progress.observedGrowth)}
                  </td>
                  <td className="numeric">
                    {progress.method === "levels" || progress.method === "maintain" ? "—" : percent(progress.requiredGrowth)}
                  </td>
                  <td className="numeric">
                    {progress.method === "target" || progress.method === "levels" ? percent(progress.progressValue) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted">
        Statuses: {Object.values(PROGRESS_STATUS_LABELS).join(", ")}. <Link href="/methodology">How progress is measured</Link>
      </p>
    </section>
  );
}
