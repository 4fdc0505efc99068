import { ProblemList } from "@/components/problems/problem-list";
import { formatNumber } from "@/lib/indicators/format-value";
import type { OpenSdgRefused } from "@/lib/open-sdg/open-sdg-report";

/** What a partial import left out: files with why, counts per reason, and the single rows by file and line. */
export function OpenSdgRefusedRows({ refused, maxRows }: { refused: OpenSdgRefused; maxRows: number }) {
  if (refused.rows === 0 && refused.files.length === 0) return null;
  const reasons = Object.entries(refused.byReason);
  return (
    <>
      <h3>Left out</h3>
      <p>
        {formatNumber(refused.rows)} rows could not be imported and were left out
        {reasons.length > 0 ? `: ${reasons.map(([reason, rows]) => `${reason} ${formatNumber(rows ?? 0)}`).join(", ")}` : ""}. Correct them
        in the files and import again to add them.
      </p>
      {refused.files.length > 0 ? (
        <ul className="plain-list">
          {refused.files.map((file) => (
            <li key={file.file}>
              <code>{file.file}</code> ({formatNumber(file.rows)} rows): {file.message}
            </li>
          ))}
        </ul>
      ) : null}
      {refused.problems.length > 0 ? <ProblemList problems={refused.problems} label="Rows left out" max={maxRows} /> : null}
    </>
  );
}
