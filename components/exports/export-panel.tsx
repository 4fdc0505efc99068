"use client";

import { useActionState, useEffect, useRef } from "react";
import { startExportAction, type ExportActionState } from "@/app/actions/exports";
import { JobProgress } from "@/components/jobs/job-progress";
import type { ExportChoice } from "@/lib/exports/export-choices";
import type { JobView } from "@/lib/jobs/job-view";

const IDLE: ExportActionState = { status: "idle" };
const choiceKey = (choice: ExportChoice) => `${choice.format}:${choice.dataset ?? ""}`;

/**
 * Buttons that prepare a file in the background (a report can take a few seconds): each
 * starts an export job through a server action, follows its progress and then offers the
 * file, which the browser also starts downloading by itself.
 */
export function ExportPanel({
  frameworkCode,
  choices,
  year,
  from,
  includeProvisional,
}: {
  frameworkCode: string;
  choices: ExportChoice[];
  year?: number;
  from?: number;
  includeProvisional: boolean;
}) {
  const [state, dispatch, pending] = useActionState(startExportAction, IDLE);
  const chosen = choices.find((choice) => choiceKey(choice) === state.choice);
  return (
    <form className="export-panel" action={dispatch}>
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      {year === undefined ? null : <input type="hidden" name="year" value={year} />}
      {from === undefined ? null : <input type="hidden" name="from" value={from} />}
      <input type="hidden" name="includeProvisional" value={String(includeProvisional)} />
      <ul className="export-list">
        {choices.map((choice) => (
          <li key={choiceKey(choice)}>
            <button
              type="submit"
              name="choice"
              value={choiceKey(choice)}
              className="button button--secondary"
              disabled={pending}
              aria-describedby={`export-${choice.format}-${choice.dataset ?? ""}`}
            >
              {choice.label}
            </button>
            <span className="muted" id={`export-${choice.format}-${choice.dataset ?? ""}`}>
              {choice.description}
            </span>
          </li>
        ))}
      </ul>
      {state.status === "error" ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{chosen ? `${chosen.label} could not start.` : "The export could not start."}</strong> {state.message}
          </p>
        </div>
      ) : state.status === "started" ? (
        <JobProgress
          key={state.job.id}
          job={state.job}
          label={`Preparing ${chosen?.label ?? "the file"}`}
          done={(job) => <DownloadLink job={job} label={chosen?.label ?? "The file"} />}
        />
      ) : null}
    </form>
  );
}

function DownloadLink({ job, label }: { job: JobView; label: string }) {
  const result = job.result as { fileName?: string; size?: number } | null;
  const link = useRef<HTMLAnchorElement>(null);
  // Start the download once, when the file is ready; the link stays for a second try.
  useEffect(() => link.current?.click(), []);
  if (!job.fileUrl) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>
        {label} is ready:{" "}
        <a href={job.fileUrl} download={result?.fileName} ref={link}>
          download {result?.fileName ?? "the file"}
        </a>
        {result?.size ? ` (${Math.max(1, Math.round(result.size / 1024))} KB)` : ""}.
      </p>
    </div>
  );
}
