"use server";

import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/app/_forms/run-form-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import { importMatrixTranslations } from "@/lib/matrix-translations/import-matrix-translations";

/** Imports a translation workbook into the draft whose editor shows the form (decision 042). */
export async function importMatrixTranslationsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const file = formData.get("file");
  const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  const editor = `/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}/versions/${encodeURIComponent(values.versionNumber ?? "")}`;
  const t = await getTranslations("MatrixTranslationsImport");
  return runFormAction({
    values,
    run: (access) =>
      importMatrixTranslations(access, {
        frameworkCode: values.frameworkCode ?? "",
        versionNumber: values.versionNumber ?? "",
        file: bytes && file instanceof File ? { fileName: file.name, bytes } : { fileName: "", bytes: null },
      }),
    // Framework and dimension texts are shown on every page of the framework, not only the draft's.
    revalidate: [
      [editor, "layout"],
      ["/frameworks", "layout"],
    ],
    success: ({ texts, changed }) => t("imported", { texts, changed }),
    onError: (state) =>
      state.problems
        ? {
            ...state,
            problems: state.problems.map((problem) => (problem.field?.startsWith("file") ? { ...problem, field: "file" } : problem)),
          }
        : state,
  });
}
