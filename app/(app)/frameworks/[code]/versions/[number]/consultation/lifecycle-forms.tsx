"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("ConsultationForms");
  return (
    <form action={action} noValidate aria-labelledby="open-consultation-heading">
      <h3 id="open-consultation-heading">{t("openHeading")}</h3>
      <p className="muted">{t("openExplained")}</p>
      <FormMessage
        state={state}
        labels={{ deadline: t("deadline"), institutionCodes: t("institutions"), workingGroupUserIds: t("members") }}
      />
      <VersionFields version={version} />
      <TextField
        name="deadline"
        label={t("deadline")}
        hint={t("deadlineHint")}
        type="date"
        state={state}
        defaultValue={defaultDeadline}
        width="medium"
      />
      <CheckboxGroupField
        name="institutionCodes"
        legend={t("institutionsInvited")}
        hint={t("institutionsHint")}
        state={state}
        options={institutions}
      />
      <CheckboxGroupField
        name="workingGroupUserIds"
        legend={t("membersInvited")}
        hint={t("membersHint")}
        state={state}
        options={workingGroupMembers}
      />
      <SubmitButton>{t("openHeading")}</SubmitButton>
    </form>
  );
}

export function CommentForm({ version, indicators }: { version: VersionRef; indicators: Option[] }) {
  const [state, action] = useActionState(addConsultationCommentAction, IDLE);
  const t = useTranslations("ConsultationForms");
  return (
    <form action={action} noValidate aria-labelledby="comment-heading">
      <h3 id="comment-heading">{t("commentHeading")}</h3>
      <FormMessage state={state} labels={{ indicatorCode: t("on"), body: t("comment") }} />
      <VersionFields version={version} />
      <SelectField name="indicatorCode" label={t("on")} state={state} options={[{ value: "", label: t("wholeVersion") }, ...indicators]} />
      <TextAreaField name="body" label={t("comment")} hint={t("commentHint")} state={state} rows={4} />
      <SubmitButton>{t("addComment")}</SubmitButton>
    </form>
  );
}

export function ResolveCommentForm({ version, commentId, authorName }: { version: VersionRef; commentId: string; authorName: string }) {
  const [state, action] = useActionState(resolveConsultationCommentAction, IDLE);
  const t = useTranslations("ConsultationForms");
  return (
    <details className="review-return" open={state.status === "error" || undefined}>
      <summary>{t.rich("resolve", { name: authorName, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}</summary>
      <form action={action} noValidate>
        <InlineMessage state={state} />
        <VersionFields version={version} />
        <input type="hidden" name="commentId" value={commentId} />
        <RadioGroupField
          name="resolution"
          legend={t("decision")}
          idBase={`resolution-${commentId}`}
          state={state}
          options={[
            { value: "ACCEPTED", label: t("accepted") },
            { value: "DECLINED", label: t("declined") },
          ]}
        />
        <TextAreaField name="reason" label={t("reason")} idBase={`reason-${commentId}`} state={state} rows={2} />
        <SubmitButton variant="secondary">{t("recordDecision")}</SubmitButton>
      </form>
    </details>
  );
}

export function ValidateForm({ version }: { version: VersionRef }) {
  const [state, action] = useActionState(validateVersionAction, IDLE);
  const t = useTranslations("ConsultationForms");
  return (
    <form action={action}>
      <FormMessage state={state} />
      <VersionFields version={version} />
      <SubmitButton>{t("validate")}</SubmitButton>
    </form>
  );
}

export function PositionForm({ version, current }: { version: VersionRef; current: { position: string; note: string | null } | null }) {
  const [state, action] = useActionState(recordApprovalPositionAction, IDLE);
  const t = useTranslations("ConsultationForms");
  return (
    <form action={action} noValidate aria-labelledby="position-heading">
      <h3 id="position-heading">{current ? t("changePosition") : t("yourPosition")}</h3>
      <FormMessage state={state} labels={{ position: t("position"), note: t("note") }} />
      <VersionFields version={version} />
      <RadioGroupField
        name="position"
        legend={t("agreeQuestion")}
        state={state}
        defaultValue={current?.position ?? ""}
        options={[
          { value: "AGREE", label: t("agree") },
          { value: "OBJECT", label: t("object") },
        ]}
      />
      <TextAreaField name="note" label={t("noteOptional")} state={state} rows={2} defaultValue={current?.note ?? ""} />
      <SubmitButton>{t("recordPosition")}</SubmitButton>
    </form>
  );
}

export function QuorumForm({ version, quorumPercent }: { version: VersionRef; quorumPercent: number }) {
  const [state, action] = useActionState(setApprovalQuorumAction, IDLE);
  const t = useTranslations("ConsultationForms");
  return (
    <form action={action} noValidate aria-labelledby="quorum-heading">
      <h3 id="quorum-heading">{t("quorumHeading", { code: version.frameworkCode })}</h3>
      <FormMessage state={state} labels={{ quorumPercent: t("quorum") }} />
      <VersionFields version={version} />
      <TextField
        name="quorumPercent"
        label={t("quorumPercent")}
        hint={t("quorumHint")}
        type="number"
        state={state}
        defaultValue={String(quorumPercent)}
        width="short"
      />
      <SubmitButton variant="secondary">{t("saveQuorum")}</SubmitButton>
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
  const t = useTranslations("ConsultationForms");
  return (
    <form action={action} noValidate aria-labelledby="approve-heading">
      <h3 id="approve-heading">{t("approveHeading")}</h3>
      <FormMessage state={state} labels={{ minutes: t("minutes"), participantUserIds: t("participants") }} />
      <VersionFields version={version} />
      <TextAreaField name="minutes" label={t("minutesLabel")} hint={t("minutesHint")} state={state} rows={6} />
      <CheckboxGroupField
        name="participantUserIds"
        legend={t("participants")}
        state={state}
        options={participants}
        defaultChecked={defaultParticipants}
      />
      <SubmitButton>{t("approve")}</SubmitButton>
    </form>
  );
}
