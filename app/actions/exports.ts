"use server";

import { runFormAction } from "@/app/_forms/run-form-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { createJob } from "@/lib/jobs/create-job";
import type { JobView } from "@/lib/jobs/job-view";

/** The panel's state: the ordinary ones or the job of the file asked for, with the choice ("format:dataset") it is about. */
export type ExportActionState = (ActionState | { status: "started"; job: JobView }) & { choice?: string };

const yearOf = (value: string | undefined) => (value ? Number(value) : undefined);

/** Starts the export job of the chosen file; the panel follows its progress and offers the file. */
export async function startExportAction(_previous: ExportActionState, formData: FormData): Promise<ExportActionState> {
  const values = formValues(formData);
  const [format, dataset] = (values.choice ?? "").split(":");
  const params = {
    frameworkCode: values.frameworkCode,
    format,
    ...(dataset ? { dataset } : {}),
    year: yearOf(values.year),
    from: yearOf(values.from),
    includeProvisional: values.includeProvisional === "true",
    // Checked by the job's schema (lib/jobs/job-kinds.ts): one of the five languages, else refused.
    ...(values.locale ? { locale: values.locale } : {}),
  };
  let job: JobView | undefined;
  const state = await runFormAction({
    values,
    run: async (access) => {
      job = await createJob(access, "framework-export", params);
    },
    revalidate: [],
  });
  return job ? { status: "started", job, choice: values.choice } : { ...state, choice: values.choice };
}
