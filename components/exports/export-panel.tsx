"use client";

import { useEffect, useRef, useState } from "react";
import { JobProgress } from "@/components/jobs/job-progress";
import type { ExportChoice } from "@/lib/exports/export-choices";
import type { JobView } from "@/lib/jobs/job-view";

type Started = { choice: ExportChoice; job: JobView } | { choice: ExportChoice; error: string };

/**
 * Buttons that prepare a file in the background (a report can take a few seconds): each
 * starts an export job, follows its progress and then offers the file, which the browser
 * also starts downloading by itself.
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
  const [started, setStarted] = useState<Started | null>(null);
  const [busy, setBusy] = useState(false);

  async function start(choice: ExportChoice) {
    setBusy(true);
    try {
      const response = await fetch("/api/v1/jobs", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          kind: "framework-export",
          params: { frameworkCode, format: choice.format, dataset: choice.dataset, year, from, includeProvisional },
        }),
      });
      if (response.ok) setStarted({ choice, job: (await response.json()) as JobView });
      else {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setStarted({ choice, error: body?.error?.message ?? `The server answered ${response.status}` });
      }
    } catch {
      setStarted({ choice, error: "The server could not be reached; check the connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-panel">
      <ul className="export-list">
        {choices.map((choice) => (
          <li key={`${choice.format}-${choice.dataset ?? ""}`}>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => start(choice)}
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
      {started === null ? null : "error" in started ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{started.choice.label} could not start.</strong> {started.error}
          </p>
        </div>
      ) : (
        <JobProgress
          key={started.job.id}
          job={started.job}
          label={`Preparing ${started.choice.label}`}
          done={(job) => <DownloadLink job={job} label={started.choice.label} />}
        />
      )}
    </div>
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
