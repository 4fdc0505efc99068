"use server";

import { revalidatePath } from "next/cache";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/lib/auth/require-action-access";
import { addConsultationComment } from "@/lib/frameworks/versions/add-consultation-comment";
import { approveVersion } from "@/lib/frameworks/versions/approve-version";
import { openConsultation } from "@/lib/frameworks/versions/open-consultation";
import { recordApprovalPosition } from "@/lib/frameworks/versions/record-approval-position";
import { resolveConsultationComment } from "@/lib/frameworks/versions/resolve-consultation-comment";
import { setApprovalQuorum } from "@/lib/frameworks/versions/set-approval-quorum";
import { validateVersion } from "@/lib/frameworks/versions/validate-version";

/** The form's values, with each checkbox group as its list and, to redisplay it, one line per ticked value. */
function readForm(formData: FormData, lists: string[] = []) {
  const values = formValues(formData);
  const input: Record<string, unknown> = { ...values };
  for (const name of lists) {
    const ticked = formData.getAll(name).filter((value): value is string => typeof value === "string");
    input[name] = ticked;
    values[name] = ticked.join("\n");
  }
  return { values, input };
}

/** The pages that show a version's lifecycle; frameworkCode and versionNumber travel as hidden fields. */
function revalidateVersion(values: Record<string, string>, alsoFramework = false) {
  const base = `/frameworks/${encodeURIComponent(values.frameworkCode ?? "")}`;
  revalidatePath(`${base}/versions/${values.versionNumber ?? ""}/consultation`);
  if (alsoFramework) revalidatePath(base);
}

export async function openConsultationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { values, input } = readForm(formData, ["institutionCodes", "workingGroupUserIds"]);
  try {
    const access = await requireActionAccess();
    const { invitees } = await openConsultation(access, input);
    revalidateVersion(values, true);
    return { status: "success", message: `The consultation is open until ${values.deadline}; ${invitees} invitees can now comment.` };
  } catch (error) {
    return actionError(error, values);
  }
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
    return { status: "success", message: "The version is validated. Working-group members can now record their positions." };
  } catch (error) {
    return actionError(error, values);
  }
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
    const { supersededVersionIds } = await approveVersion(access, input);
    revalidateVersion(values, true);
    return {
      status: "success",
      message: `The version is approved and in force${supersededVersionIds.length > 0 ? "; the version before it is superseded" : ""}.`,
    };
  } catch (error) {
    return actionError(error, values);
  }
}
