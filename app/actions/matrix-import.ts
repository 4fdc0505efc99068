"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formTranslator } from "@/app/_forms/form-translator";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/app/_access/require-action-access";
import { importMatrixFile, type MatrixImportResult } from "@/lib/frameworks/editor/import-matrix-file";

/** What the import form shows: the ordinary states, or a file's problems, or a dry run's diff. */
export type MatrixImportState =
  | ActionState
  | (Extract<MatrixImportResult, { status: "problems" }> & { values: Record<string, string> })
  | (Extract<MatrixImportResult, { status: "checked" }> & { values: Record<string, string> });

export async function importMatrixAction(_previous: MatrixImportState, formData: FormData): Promise<MatrixImportState> {
  const values = formValues(formData);
  const file = formData.get("file");
  let imported: { frameworkCode: string; versionNumber: number };
  try {
    const access = await requireActionAccess();
    const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
    const result = await importMatrixFile(access, {
      file: bytes && file instanceof File ? { fileName: file.name, bytes } : { fileName: "", bytes: null },
      mode: values.mode,
      frameworkCode: values.frameworkCode,
      code: values.newCode,
      name: values.newName,
      label: values.label,
      dryRun: values.intent !== "import",
    });
    if (result.status !== "imported") return { ...result, values };
    imported = { frameworkCode: result.target.frameworkCode, versionNumber: result.target.versionNumber };
  } catch (error) {
    const state = actionError(error, values, await formTranslator());
    // The file's own problems ("file.fileName", "file.bytes") belong to the file field; the new framework's code and name to theirs.
    const formField = (field: string | undefined) =>
      field?.startsWith("file") ? "file" : field === "code" ? "newCode" : field === "name" ? "newName" : field;
    return state.problems
      ? { ...state, problems: state.problems.map((problem) => ({ ...problem, field: formField(problem.field) })) }
      : state;
  }
  revalidatePath("/frameworks", "layout");
  redirect(`/frameworks/${encodeURIComponent(imported.frameworkCode)}/versions/${imported.versionNumber}`);
}
