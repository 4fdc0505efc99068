"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionError, formList, formValuesWithLists, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/app/_access/require-action-access";
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

function revalidateVersion(values: Record<string, string>, alsoFramework = false) {
  revalidatePath(lifecyclePath(values));
  if (alsoFramework) revalidatePath(`/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}`);
}

/**
 * A change of status removes the form that made it, and its message with it: the page says
 * what happened instead (?done=, see LIFECYCLE_NOTICES on the page).
 */
function showDone(values: Record<string, string>, done: "consultation-opened" | "validated" | "approved"): never {
  redirect(`${lifecyclePath(values)}?done=${done}`);
}

export async function openConsultationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData, ["institutionCodes", "workingGroupUserIds"]);
  try {
    const access = await requireActionAccess();
    await openConsultation(access, input);
    revalidateVersion(values, true);
  } catch (error) {
    return actionError(error, values);
  }
  showDone(values, "consultation-opened");
}

export async function addConsultationCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  try {
    const access = await requireActionAccess();
    await addConsultationComment(access, input);
    revalidateVersion(values);
    return { status: "success", message: "Your comment was added. The secretariat will accept or decline it, with a reason." };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function resolveConsultationCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  try {
    const access = await requireActionAccess();
    await resolveConsultationComment(access, input);
    revalidateVersion(values);
    return { status: "success", message: values.resolution === "ACCEPTED" ? "The comment is accepted." : "The comment is declined." };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function validateVersionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  try {
    const access = await requireActionAccess();
    await validateVersion(access, input);
    revalidateVersion(values, true);
  } catch (error) {
    return actionError(error, values);
  }
  showDone(values, "validated");
}

export async function recordApprovalPositionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  try {
    const access = await requireActionAccess();
    await recordApprovalPosition(access, input);
    revalidateVersion(values);
    return { status: "success", message: `Your position (${values.position === "AGREE" ? "agree" : "object"}) is recorded.` };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function setApprovalQuorumAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData);
  try {
    const access = await requireActionAccess();
    await setApprovalQuorum(access, input);
    revalidateVersion(values);
    return { status: "success", message: `The quorum is now ${values.quorumPercent} %.` };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function approveVersionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData, ["participantUserIds"]);
  try {
    const access = await requireActionAccess();
    await approveVersion(access, input);
    revalidateVersion(values, true);
  } catch (error) {
    return actionError(error, values);
  }
  showDone(values, "approved");
}
