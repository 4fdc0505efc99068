"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionError, formValues, formValuesWithLists, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/app/_access/require-action-access";
import { createArea } from "@/lib/frameworks/editor/create-area";
import { createDraftVersion } from "@/lib/frameworks/editor/create-draft-version";
import { createFramework } from "@/lib/frameworks/editor/create-framework";
import { createIndicator } from "@/lib/frameworks/editor/create-indicator";
import { deleteArea } from "@/lib/frameworks/editor/delete-area";
import { readIndicatorForm, readTranslationLines, toIndicatorFormProblems } from "@/lib/frameworks/editor/indicator-form";
import { loadMatrixReferences } from "@/lib/frameworks/editor/load-matrix-references";
import { moveArea } from "@/lib/frameworks/editor/move-area";
import { moveIndicator } from "@/lib/frameworks/editor/move-indicator";
import { renameArea } from "@/lib/frameworks/editor/rename-area";
import { retireIndicator } from "@/lib/frameworks/editor/retire-indicator";
import { updateIndicator } from "@/lib/frameworks/editor/update-indicator";

const editorPath = (values: Record<string, string>) =>
  `/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}/versions/${encodeURIComponent(values.versionNumber ?? "")}`;

/** People count positions from 1; the operations from 0. */
const zeroBased = (position: string | undefined) => (position && /^\d+$/.test(position.trim()) ? Number(position) - 1 : position);

export async function createFrameworkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await createFramework(access, {
      code: values.code ?? "",
      name: values.name ?? "",
      description: values.description,
      versionLabel: values.versionLabel,
      start: values.start,
      copyFrom: values.start === "copy" ? values.copyFrom : undefined,
      template: values.start === "template" ? values.template : undefined,
    });
  } catch (error) {
    return actionError(error, values);
  }
  revalidatePath("/frameworks");
  redirect(`/frameworks/${encodeURIComponent((values.code ?? "").trim())}/versions/1`);
}

export async function createDraftVersionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  let number: number;
  try {
    const access = await requireActionAccess();
    ({ number } = await createDraftVersion(access, { frameworkCode: values.frameworkCode ?? "", label: values.label ?? "" }));
  } catch (error) {
    return actionError(error, values);
  }
  revalidatePath(`/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}`, "layout");
  redirect(`/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}/versions/${number}`);
}

export async function createAreaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const { translations, problems } = readTranslationLines(values.translations ?? "");
  if (problems.length > 0)
    return {
      status: "error",
      message: "Check the area",
      problems: problems.map((message) => ({ field: "translations", message })),
      values,
    };
  try {
    const access = await requireActionAccess();
    await createArea(access, {
      versionId: values.versionId ?? "",
      parentId: values.parentId,
      code: values.code ?? "",
      name: values.name ?? "",
      description: values.description,
      nameTranslations: translations,
    });
    revalidatePath(editorPath(values), "layout");
    return { status: "success", message: `Area ${values.code} was added.` };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function renameAreaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const { translations, problems } = readTranslationLines(values.translations ?? "");
  if (problems.length > 0)
    return {
      status: "error",
      message: "Check the area",
      problems: problems.map((message) => ({ field: "translations", message })),
      values,
    };
  try {
    const access = await requireActionAccess();
    await renameArea(access, {
      areaId: values.areaId ?? "",
      name: values.name ?? "",
      description: values.description,
      nameTranslations: translations,
    });
    revalidatePath(editorPath(values), "layout");
    return { status: "success", message: "The area's name and description were saved." };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function moveAreaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await moveArea(access, { areaId: values.areaId ?? "", parentId: values.parentId, position: zeroBased(values.position) });
    revalidatePath(editorPath(values), "layout");
    return { status: "success", message: "The area was moved." };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function deleteAreaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await deleteArea(access, { areaId: values.areaId ?? "" });
  } catch (error) {
    return actionError(error, values);
  }
  revalidatePath(editorPath(values), "layout");
  redirect(editorPath(values));
}

/** Form values with the checkbox groups kept as lists, so a failed submission keeps every ticked box. */
function indicatorValues(formData: FormData): Record<string, string> {
  return formValuesWithLists(formData, ["contributors", "dimensions"]);
}

async function saveIndicator(formData: FormData, save: (indicator: unknown) => Promise<unknown>): Promise<ActionState | null> {
  const values = indicatorValues(formData);
  try {
    const access = await requireActionAccess();
    const read = readIndicatorForm(formData, await loadMatrixReferences(access.workspace.id));
    if (!read.ok) return { status: "error", message: "Check the indicator's fields", problems: read.problems, values };
    await save(read.indicator);
    return null;
  } catch (error) {
    const state = actionError(error, values);
    return state.problems ? { ...state, problems: toIndicatorFormProblems(state.problems) } : state;
  }
}

export async function createIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const failed = await saveIndicator(formData, async (indicator) =>
    createIndicator(await requireActionAccess(), { areaId: values.areaId ?? "", indicator }),
  );
  if (failed) return failed;
  revalidatePath(editorPath(values), "layout");
  redirect(`${editorPath(values)}#indicator-${encodeURIComponent((values.code ?? "").trim())}`);
}

export async function updateIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const failed = await saveIndicator(formData, async (indicator) =>
    updateIndicator(await requireActionAccess(), { indicatorId: values.indicatorId ?? "", indicator }),
  );
  if (failed) return failed;
  revalidatePath(editorPath(values), "layout");
  redirect(`${editorPath(values)}/indicators/${encodeURIComponent((values.code ?? "").trim())}?saved=1`);
}

export async function moveIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await moveIndicator(access, {
      indicatorId: values.indicatorId ?? "",
      areaId: values.areaId ?? "",
      position: zeroBased(values.position),
    });
    revalidatePath(editorPath(values), "layout");
    return { status: "success", message: "The indicator was moved." };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function retireIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await retireIndicator(access, { indicatorId: values.indicatorId ?? "", note: values.note });
  } catch (error) {
    return actionError(error, values);
  }
  revalidatePath(editorPath(values), "layout");
  redirect(editorPath(values));
}
