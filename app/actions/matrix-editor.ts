"use server";

import { getTranslations } from "next-intl/server";
import { libText } from "@/lib/i18n/lib-text";
import { runFormAction, type ErrorState } from "@/app/_forms/run-form-action";
import { formValues, formValuesWithLists, type ActionState } from "@/lib/actions/action-state";
import type { AccessContext } from "@/lib/auth/access-context";
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
import { AppError } from "@/lib/errors";

const editorPath = (values: Record<string, string>) =>
  `/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}/versions/${encodeURIComponent(values.versionNumber ?? "")}`;

/** The editor's pages, the draft's and those under it; every change of a draft shows on them. */
const editorPages = (values: Record<string, string>) => [[editorPath(values), "layout"] as const];

/** People count positions from 1; the operations from 0. */
const zeroBased = (position: string | undefined) => (position && /^\d+$/.test(position.trim()) ? Number(position) - 1 : position);

export async function createFrameworkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const { code = "", name = "", description, versionLabel, start } = values;
  const source = { copyFrom: start === "copy" ? values.copyFrom : undefined, template: start === "template" ? values.template : undefined };
  return runFormAction({
    values,
    run: (access) => createFramework(access, { code, name, description, versionLabel, start, ...source }),
    revalidate: ["/frameworks"],
    redirectTo: () => `/frameworks/${encodeURIComponent((values.code ?? "").trim())}/versions/1`,
  });
}

export async function createDraftVersionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const framework = `/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}`;
  return runFormAction({
    values,
    run: (access) => createDraftVersion(access, { frameworkCode: values.frameworkCode ?? "", label: values.label ?? "" }),
    revalidate: [[framework, "layout"]],
    redirectTo: ({ number }) => `${framework}/versions/${number}`,
  });
}

/** The area's translations, one "language: name" a line, or the problem of the line that is not. */
function areaTranslations(values: Record<string, string>) {
  const { translations, problems } = readTranslationLines(values.translations ?? "");
  if (problems.length > 0) {
    throw new AppError("BAD_REQUEST", libText("errors.checkArea"), { problems });
  }
  return translations;
}

export async function createAreaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const { versionId = "", parentId, code = "", name = "", description } = values;
  const t = await getTranslations("FormResults");
  return runFormAction({
    values,
    run: (access) => createArea(access, { versionId, parentId, code, name, description, nameTranslations: areaTranslations(values) }),
    revalidate: editorPages(values),
    success: t("areaAdded", { code }),
  });
}

export async function renameAreaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const { areaId = "", name = "", description } = values;
  const t = await getTranslations("FormResults");
  return editorStep(
    values,
    (access) => renameArea(access, { areaId, name, description, nameTranslations: areaTranslations(values) }),
    t("areaSaved"),
  );
}

export async function moveAreaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const move = { areaId: values.areaId ?? "", parentId: values.parentId, position: zeroBased(values.position) };
  const t = await getTranslations("FormResults");
  return editorStep(values, (access) => moveArea(access, move), t("areaMoved"));
}

export async function deleteAreaAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const areaId = values.areaId ?? "";
  return runFormAction({
    values,
    run: (access) => deleteArea(access, { areaId }),
    revalidate: editorPages(values),
    redirectTo: () => editorPath(values),
  });
}

/**
 * Reads the indicator form (the checkbox groups kept as lists, so a failed submission keeps
 * every ticked box) and saves it. The form's own problems are already at its fields; those of
 * the definition are moved to them.
 */
function saveIndicator(formData: FormData, save: (access: AccessContext, indicator: unknown) => Promise<unknown>) {
  const values = formValuesWithLists(formData, ["contributors", "dimensions"]);
  let isFormProblem = false;
  return {
    values,
    run: async (access: AccessContext) => {
      const read = readIndicatorForm(formData, await loadMatrixReferences(access.workspace.id));
      isFormProblem = !read.ok;
      if (!read.ok) throw new AppError("BAD_REQUEST", libText("errors.checkIndicatorFields"), { problems: read.problems });
      return save(access, read.indicator);
    },
    revalidate: editorPages(values),
    onError: (state: ErrorState) =>
      state.problems && !isFormProblem ? { ...state, problems: toIndicatorFormProblems(state.problems) } : state,
  };
}

export async function createIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const areaId = values.areaId ?? "";
  return runFormAction({
    ...saveIndicator(formData, (access, indicator) => createIndicator(access, { areaId, indicator })),
    redirectTo: () => `${editorPath(values)}#indicator-${encodeURIComponent((values.code ?? "").trim())}`,
  });
}

export async function updateIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const indicatorId = values.indicatorId ?? "";
  return runFormAction({
    ...saveIndicator(formData, (access, indicator) => updateIndicator(access, { indicatorId, indicator })),
    redirectTo: () => `${editorPath(values)}/indicators/${encodeURIComponent((values.code ?? "").trim())}?saved=1`,
  });
}

export async function moveIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const move = { indicatorId: values.indicatorId ?? "", areaId: values.areaId ?? "", position: zeroBased(values.position) };
  const t = await getTranslations("FormResults");
  return editorStep(values, (access) => moveIndicator(access, move), t("indicatorMoved"));
}

export async function retireIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const retire = { indicatorId: values.indicatorId ?? "", note: values.note };
  return runFormAction({
    values,
    run: (access) => retireIndicator(access, retire),
    revalidate: editorPages(values),
    redirectTo: () => editorPath(values),
  });
}

/** A step of the matrix editor that stays on its page: the editor's pages are read again and the answer is a message. */
function editorStep(
  values: Record<string, string>,
  run: (access: AccessContext) => Promise<unknown>,
  success: string,
): Promise<ActionState> {
  return runFormAction({ values, run, revalidate: editorPages(values), success });
}
