"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import type { JobView } from "@/lib/jobs/job-view";

const POLL_MS = 700;

/**
 * Follows a background job until it ends: a labelled progress bar with what the job is doing,
 * announced politely to screen readers, then whatever `done` renders for the finished job
 * (a download link, an import report) or the job's error.
 */
export function JobProgress({ job: initial, label, done }: { job: JobView; label: string; done: (job: JobView) => ReactNode }) {
  const t = useTranslations("JobProgress");
  // The API words the stage in the language asked for: the page's, not the browser's.
  const locale = useLocale();
  const [job, setJob] = useState(initial);
  const [networkError, setNetworkError] = useState<string | null>(null);
  const finished = job.status === "SUCCEEDED" || job.status === "FAILED";

  useEffect(() => {
    if (finished) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/jobs/${job.id}`, { cache: "no-store", headers: { "Accept-Language": locale } });
        if (!response.ok) throw new Error(t("serverAnswered", { status: response.status }));
        const next = (await response.json()) as JobView;
        if (!cancelled) {
          setNetworkError(null);
          setJob(next);
        }
      } catch (error) {
        // Keep polling: a brief network problem should not lose a long job.
        if (!cancelled) {
          setNetworkError(error instanceof Error ? error.message : t("noAnswer"));
          setJob((current) => ({ ...current }));
        }
      }
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [job, finished, t, locale]);

  return (
    <div className="job-progress">
      <div aria-live="polite">
        {job.status === "FAILED" ? (
          <div className="notice notice--error" role="alert">
            <p>
              <strong>{t("failed", { label })}</strong> {job.error}
            </p>
          </div>
        ) : job.status === "SUCCEEDED" ? null : (
          <p className="job-progress__stage">
            {t("stage", { label, stage: job.status === "QUEUED" ? t("queued") : (job.stage ?? t("working")), progress: job.progress })}
          </p>
        )}
      </div>
      {finished ? null : (
        <progress
          className="job-progress__bar"
          max={100}
          value={job.progress}
          aria-label={t("barLabel", { label, progress: job.progress })}
        >
          {job.progress} %
        </progress>
      )}
      {networkError ? <p className="muted">{t("checkingAgain", { error: networkError })}</p> : null}
      {finished ? done(job) : null}
    </div>
  );
}
