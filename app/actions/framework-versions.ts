"use server";

import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/app/_forms/run-form-action";
import { formList, formValuesWithLists, type ActionState } from "@/lib/actions/action-state";
import { addConsultationComment } from "@/lib/frameworks/versions/add-consultation-comment";
import { approveVersion } from "@/lib/frameworks/versions/approve-version";
import { openConsultation } from "@/lib/frameworks/versions/open-consultation";
import { recordApprovalPosition } from "@/lib/frameworks/versions/record-approval-position";
import { resolveConsultationComment } from "@/lib/frameworks/versions/resolve-consultation-comment";
import { setApprovalQuorum } from "@/lib/frameworks/versions/set-approval-quorum";
import { validateVersion } from "@/lib/frameworks/versions/validate-version";

/** The form's values, with each checkbox group as its list and, to redisplay it, one line per ticked value. */
function readForm(formData: FormData, lists: string[] = []) {
  const values = formValuesWithLists(formData, lists);
  const input: Record<string, unknown> = { ...values, ...Object.fromEntries(lists.map((name) => [name, formList(formData, name)])) };
  return { values, input };
}

/** The page of a version's lifecycle; frameworkCode and versionNumber travel as hidden fields. */
function lifecyclePath(values: Record<string, string>): string {
  return `/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}/versions/${encodeURIComponent(values.versionNumber ?? "")}/consultation`;
}

/** The version's lifecycle page, and the framework's pages too when the version's status changed. */
function versionPages(values: Record<string, string>, alsoFramework = false): string[] {
  const framework = `/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}`;
  return alsoFramework ? [lifecyclePath(values), framework] : [lifecyclePath(values)];
}

/**
 * A change of status removes the form that made it, and its message with it: the page says
 * what happened instead (?done=, see LIFECYCLE_NOTICES on the page).
 */
const showDone = (values: Record<string, string>, done: "consultation-opened" | "validated" | "approved") => () =>
  `${lifecyclePath(values)}?done=${done}`;

export async function openConsultationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData, ["institutionCodes", "workingGroupUserIds"]);
  const redirectTo = showDone(values, "consultation-opened");
  return runFormAction({ values, run: (access) => openConsultation(access, input), revalidate: versionPages(values, true), redirectTo });
}

export async function addConsultationCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  const t = await getTranslations("FormResults");
  const success = t("consultationCommentAdded");
  return runFormAction({ values, run: (access) => addConsultationComment(access, input), revalidate: versionPages(values), success });
}

export async function resolveConsultationCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  const t = await getTranslations("FormResults");
  const success = values.resolution === "ACCEPTED" ? t("commentAccepted") : t("commentDeclined");
  return runFormAction({ values, run: (access) => resolveConsultationComment(access, input), revalidate: versionPages(values), success });
}

export async function validateVersionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  const redirectTo = showDone(values, "validated");
  return runFormAction({ values, run: (access) => validateVersion(access, input), revalidate: versionPages(values, true), redirectTo });
}

export async function recordApprovalPositionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  const t = await getTranslations("FormResults");
  const success = values.position === "AGREE" ? t("positionAgree") : t("positionObject");
  return runFormAction({ values, run: (access) => recordApprovalPosition(access, input), revalidate: versionPages(values), success });
}

export async function setApprovalQuorumAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  const t = await getTranslations("FormResults");
  const success = t("quorumSet", { percent: values.quorumPercent ?? "" });
  return runFormAction({ values, run: (access) => setApprovalQuorum(access, input), revalidate: versionPages(values), success });
}

export async function approveVersionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData, ["participantUserIds"]);
  const redirectTo = showDone(values, "approved");
  return runFormAction({ values, run: (access) => approveVersion(access, input), revalidate: versionPages(values, true), redirectTo });
}
