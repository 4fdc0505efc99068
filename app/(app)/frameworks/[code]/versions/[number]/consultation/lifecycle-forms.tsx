"use client";

import { useActionState } from "react";
import {
  addConsultationCommentAction,
  approveVersionAction,
  openConsultationAction,
  recordApprovalPositionAction,
  resolveConsultationCommentAction,
  setApprovalQuorumAction,
  validateVersionAction,
} from "@/app/actions/framework-versions";
import { CheckboxGroupField, RadioGroupField } from "@/components/forms/choice-fields";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/form-parts";
import { IDLE, type ActionState } from "@/lib/actions/action-state";

/** Which version a form acts on; the code and number tell the action which page to refresh. */
export type VersionRef = { versionId: string; frameworkCode: string; versionNumber: number };
type Option = { value: string; label: string };

function VersionFields({ version }: { version: VersionRef }) {
  return (
    <>
      <input type="hidden" name="versionId" value={version.versionId} />
      <input type="hidden" name="frameworkCode" value={version.frameworkCode} />
      <input type="hidden" name="versionNumber" value={version.versionNumber} />
    </>
  );
}

/** For forms repeated on the page: the message alone, since their fields show their own errors. */
function InlineMessage({ state }: { state: ActionState }) {
  if (state.status === "idle") return null;
  return state.status === "success" ? (
    <p className="notice notice--success" role="status">
      {state.message}
    </p>
  ) : (
    <p className="field__error" role="alert">
      {state.message}
    </p>
  );
}

export function OpenConsultationForm({
  version,
  defaultDeadline,
  institutions,
  workingGroupMembers,
}: {
  version: VersionRef;
  defaultDeadline: string;
  institutions: Option[];
  workingGroupMembers: Option[];
}) {
  const [state, action] = useActionState(openConsultationAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="open-consultation-heading">
      <h3 id="open-consultation-heading">Open the consultation</h3>
      <p className="muted">From then on the matrix of this version no longer changes; accepted comments go into the next draft.</p>
      <FormMessage
        state={state}
        labels={{ deadline: "Comments until", institutionCodes: "Institutions", workingGroupUserIds: "Working-group members" }}
      />
      <VersionFields version={version} />
      <TextField
        name="deadline"
        label="Comments until"
        hint="Comments are taken until the end of this day"
        type="date"
        state={state}
        defaultValue={defaultDeadline}
        width="medium"
      />
      <CheckboxGroupField
        name="institutionCodes"
        legend="Institutions invited"
        hint="Their focal points comment"
        state={state}
        options={institutions}
      />
      <CheckboxGroupField
        name="workingGroupUserIds"
        legend="Working-group members invited"
        hint="At least one: the invited members record the working group's positions"
        state={state}
        options={workingGroupMembers}
      />
      <SubmitButton>Open the consultation</SubmitButton>
    </form>
  );
}

export function CommentForm({ version, indicators }: { version: VersionRef; indicators: Option[] }) {
  const [state, action] = useActionState(addConsultationCommentAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="comment-heading">
      <h3 id="comment-heading">Add a comment</h3>
      <FormMessage state={state} labels={{ indicatorCode: "On", body: "Comment" }} />
      <VersionFields version={version} />
      <SelectField name="indicatorCode" label="On" state={state} options={[{ value: "", label: "The whole version" }, ...indicators]} />
      <TextAreaField name="body" label="Comment" hint="Up to 5,000 characters" state={state} rows={4} />
      <SubmitButton>Add the comment</SubmitButton>
    </form>
  );
}

export function ResolveCommentForm({ version, commentId, authorName }: { version: VersionRef; commentId: string; authorName: string }) {
  const [state, action] = useActionState(resolveConsultationCommentAction, IDLE);
  return (
    <details className="review-return" open={state.status === "error" || undefined}>
      <summary>
        Resolve<span className="visually-hidden"> the comment by {authorName}</span>
      </summary>
      <form action={action} noValidate>
        <InlineMessage state={state} />
        <VersionFields version={version} />
        <input type="hidden" name="commentId" value={commentId} />
        <RadioGroupField
          name="resolution"
          legend="Decision"
          idBase={`resolution-${commentId}`}
          state={state}
          options={[
            { value: "ACCEPTED", label: "Accepted: goes into the matrix" },
            { value: "DECLINED", label: "Declined" },
          ]}
        />
        <TextAreaField name="reason" label="Reason, for the author" idBase={`reason-${commentId}`} state={state} rows={2} />
        <SubmitButton variant="secondary">Record the decision</SubmitButton>
      </form>
    </details>
  );
}

export function ValidateForm({ version }: { version: VersionRef }) {
  const [state, action] = useActionState(validateVersionAction, IDLE);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <VersionFields version={version} />
      <SubmitButton>Validate the version</SubmitButton>
    </form>
  );
}

export function PositionForm({ version, current }: { version: VersionRef; current: { position: string; note: string | null } | null }) {
  const [state, action] = useActionState(recordApprovalPositionAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="position-heading">
      <h3 id="position-heading">{current ? "Change your position" : "Your position"}</h3>
      <FormMessage state={state} labels={{ position: "Position", note: "Note" }} />
      <VersionFields version={version} />
      <RadioGroupField
        name="position"
        legend="Do you agree to approve this version?"
        state={state}
        defaultValue={current?.position ?? ""}
        options={[
          { value: "AGREE", label: "I agree" },
          { value: "OBJECT", label: "I object" },
        ]}
      />
      <TextAreaField name="note" label="Note (optional)" state={state} rows={2} defaultValue={current?.note ?? ""} />
      <SubmitButton>Record my position</SubmitButton>
    </form>
  );
}

export function QuorumForm({ version, quorumPercent }: { version: VersionRef; quorumPercent: number }) {
  const [state, action] = useActionState(setApprovalQuorumAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="quorum-heading">
      <h3 id="quorum-heading">Quorum of {version.frameworkCode}</h3>
      <FormMessage state={state} labels={{ quorumPercent: "Quorum" }} />
      <VersionFields version={version} />
      <TextField
        name="quorumPercent"
        label="Quorum (%)"
        hint="Share of the invited working-group members who must record a position"
        type="number"
        state={state}
        defaultValue={String(quorumPercent)}
        width="short"
      />
      <SubmitButton variant="secondary">Save the quorum</SubmitButton>
    </form>
  );
}

export function ApproveForm({
  version,
  participants,
  defaultParticipants,
}: {
  version: VersionRef;
  participants: Option[];
  defaultParticipants: string[];
}) {
  const [state, action] = useActionState(approveVersionAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="approve-heading">
      <h3 id="approve-heading">Record the working group&apos;s decision</h3>
      <FormMessage state={state} labels={{ minutes: "Minutes", participantUserIds: "Who took part" }} />
      <VersionFields version={version} />
      <TextAreaField name="minutes" label="Minutes of the decision" hint="Up to 20,000 characters" state={state} rows={6} />
      <CheckboxGroupField
        name="participantUserIds"
        legend="Who took part"
        state={state}
        options={participants}
        defaultChecked={defaultParticipants}
      />
      <SubmitButton>Approve the version</SubmitButton>
    </form>
  );
}
