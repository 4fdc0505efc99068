"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  createAreaAction,
  createDraftVersionAction,
  deleteAreaAction,
  moveAreaAction,
  moveIndicatorAction,
  renameAreaAction,
  retireIndicatorAction,
} from "@/app/actions/matrix-editor";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/form-parts";
import { IDLE, type ActionState } from "@/lib/actions/action-state";

/** Which version a form edits: sent back so the action can refresh the editor's pages. */
export type VersionRef = { frameworkCode: string; versionNumber: number; versionId: string };
export type AreaOption = { id: string; code: string; name: string; depth: number };

function VersionFields({ version }: { version: VersionRef }) {
  return (
    <>
      <input type="hidden" name="frameworkCode" value={version.frameworkCode} />
      <input type="hidden" name="versionNumber" value={version.versionNumber} />
      <input type="hidden" name="versionId" value={version.versionId} />
    </>
  );
}

const areaOptions = (areas: readonly AreaOption[], topLabel: string) => [
  { value: "", label: topLabel },
  ...areas.map((area) => ({ value: area.id, label: `${"— ".repeat(area.depth)}${area.code} ${area.name}` })),
];

/** The area fields' names, for the problem list above a form. */
function useAreaLabels(): Record<string, string> {
  const t = useTranslations("MatrixEditorForms");
  return {
    code: t("code"),
    name: t("name"),
    description: t("description"),
    translations: t("translations"),
    parentId: t("parentArea"),
    position: t("position"),
  };
}

export function AddAreaForm({ version, areas, parentId }: { version: VersionRef; areas: readonly AreaOption[]; parentId?: string }) {
  const [state, action] = useActionState(createAreaAction, IDLE);
  const t = useTranslations("MatrixEditorForms");
  const labels = useAreaLabels();
  return (
    <form action={action} noValidate className="card" aria-labelledby="add-area-heading">
      <h2 id="add-area-heading">{parentId ? t("addSubArea") : t("addArea")}</h2>
      <FormMessage state={state} labels={labels} />
      <VersionFields version={version} />
      {parentId ? (
        <input type="hidden" name="parentId" value={parentId} />
      ) : (
        <SelectField name="parentId" label={t("partOf")} state={state} options={areaOptions(areas, t("topLevel"))} />
      )}
      <div className="form-row">
        <TextField name="code" label={t("code")} hint={t("codeHint")} state={state} width="short" />
        <TextField name="name" label={t("name")} state={state} />
      </div>
      <TextAreaField name="description" label={t("descriptionOptional")} state={state} />
      <SubmitButton>{t("addAreaButton")}</SubmitButton>
    </form>
  );
}

export function RenameAreaForm({
  version,
  area,
}: {
  version: VersionRef;
  area: { id: string; name: string; description: string | null; translations: string };
}) {
  const [state, action] = useActionState(renameAreaAction, IDLE);
  const t = useTranslations("MatrixEditorForms");
  const labels = useAreaLabels();
  return (
    <form action={action} noValidate aria-labelledby="rename-area-heading">
      <h2 id="rename-area-heading">{t("nameAndDescription")}</h2>
      <FormMessage state={state} labels={labels} />
      <VersionFields version={version} />
      <input type="hidden" name="areaId" value={area.id} />
      <TextField name="name" label={t("name")} state={state} defaultValue={area.name} />
      <TextAreaField name="description" label={t("descriptionOptional")} state={state} defaultValue={area.description ?? ""} />
      <TextAreaField
        name="translations"
        label={t("translationsOptional")}
        hint={t("translationsHint")}
        state={state}
        defaultValue={area.translations}
      />
      <SubmitButton>{t("saveName")}</SubmitButton>
    </form>
  );
}

export function MoveAreaForm({
  version,
  areaId,
  parentId,
  position,
  areas,
}: {
  version: VersionRef;
  areaId: string;
  parentId: string | null;
  position: number;
  areas: readonly AreaOption[];
}) {
  const [state, action] = useActionState(moveAreaAction, IDLE);
  const t = useTranslations("MatrixEditorForms");
  const labels = useAreaLabels();
  return (
    <form action={action} noValidate aria-labelledby="move-area-heading">
      <h2 id="move-area-heading">{t("move")}</h2>
      <FormMessage state={state} labels={labels} />
      <VersionFields version={version} />
      <input type="hidden" name="areaId" value={areaId} />
      <SelectField
        name="parentId"
        label={t("partOf")}
        state={state}
        defaultValue={parentId ?? ""}
        options={areaOptions(areas, t("topLevel"))}
      />
      <PositionField label={t("positionAmongAreas")} state={state} position={position} />
      <SubmitButton variant="secondary">{t("moveArea")}</SubmitButton>
    </form>
  );
}

export function DeleteAreaForm({ version, areaId, isEmpty }: { version: VersionRef; areaId: string; isEmpty: boolean }) {
  const [state, action] = useActionState(deleteAreaAction, IDLE);
  const t = useTranslations("MatrixEditorForms");
  return (
    <form action={action} aria-labelledby="delete-area-heading">
      <h2 id="delete-area-heading">{t("delete")}</h2>
      <FormMessage state={state} />
      <VersionFields version={version} />
      <input type="hidden" name="areaId" value={areaId} />
      <p className="muted">{isEmpty ? t("deleteEmpty") : t("deleteNotEmpty")}</p>
      <SubmitButton variant="warning">{t("deleteArea")}</SubmitButton>
    </form>
  );
}

export function MoveIndicatorForm({
  version,
  indicatorId,
  areaId,
  position,
  areas,
}: {
  version: VersionRef;
  indicatorId: string;
  areaId: string;
  position: number;
  areas: readonly AreaOption[];
}) {
  const [state, action] = useActionState(moveIndicatorAction, IDLE);
  const t = useTranslations("MatrixEditorForms");
  return (
    <form action={action} noValidate aria-labelledby="move-indicator-heading">
      <h2 id="move-indicator-heading">{t("move")}</h2>
      <FormMessage state={state} labels={{ areaId: t("area"), position: t("position") }} />
      <VersionFields version={version} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <SelectField name="areaId" label={t("area")} state={state} defaultValue={areaId} options={areaOptions(areas, "").slice(1)} />
      <PositionField label={t("positionInArea")} state={state} position={position} />
      <SubmitButton variant="secondary">{t("moveIndicator")}</SubmitButton>
    </form>
  );
}

export function RetireIndicatorForm({ version, indicatorId, isNew }: { version: VersionRef; indicatorId: string; isNew: boolean }) {
  const [state, action] = useActionState(retireIndicatorAction, IDLE);
  const t = useTranslations("MatrixEditorForms");
  return (
    <form action={action} noValidate aria-labelledby="retire-heading">
      <h2 id="retire-heading">{isNew ? t("remove") : t("retire")}</h2>
      <FormMessage state={state} labels={{ note: t("reason") }} />
      <VersionFields version={version} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <p className="muted">{isNew ? t("removeExplained") : t("retireExplained")}</p>
      {isNew ? null : <TextField name="note" label={t("reasonOptional")} hint={t("reasonHint")} state={state} />}
      <SubmitButton variant="warning">{isNew ? t("removeIndicator") : t("retireIndicator")}</SubmitButton>
    </form>
  );
}

export function NewDraftForm({
  frameworkCode,
  inForceLabel,
  suggestedLabel,
}: {
  frameworkCode: string;
  inForceLabel: string;
  suggestedLabel: string;
}) {
  const [state, action] = useActionState(createDraftVersionAction, IDLE);
  const t = useTranslations("MatrixEditorForms");
  return (
    <form action={action} noValidate className="card" aria-labelledby="new-draft-heading">
      <h2 id="new-draft-heading">{t("newDraft")}</h2>
      <p>{t("newDraftExplained", { label: inForceLabel })}</p>
      <FormMessage state={state} labels={{ label: t("label") }} />
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      <TextField name="label" label={t("newLabel")} hint={t("newLabelHint")} state={state} width="short" defaultValue={suggestedLabel} />
      <SubmitButton>{t("startNewDraft")}</SubmitButton>
    </form>
  );
}

/** Where a moved area or indicator goes among its siblings, counted from 1 for people (the record counts from 0). */
function PositionField({ label, state, position }: { label: string; state: ActionState; position: number }) {
  const t = useTranslations("MatrixEditorForms");
  return (
    <TextField
      name="position"
      label={label}
      hint={t("positionHint")}
      type="number"
      width="short"
      state={state}
      defaultValue={String(position + 1)}
    />
  );
}
