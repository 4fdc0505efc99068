"use client";

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

const AREA_LABELS = {
  code: "Code",
  name: "Name",
  description: "Description",
  translations: "Names in other languages",
  parentId: "Parent area",
  position: "Position",
};

export function AddAreaForm({ version, areas, parentId }: { version: VersionRef; areas: readonly AreaOption[]; parentId?: string }) {
  const [state, action] = useActionState(createAreaAction, IDLE);
  return (
    <form action={action} noValidate className="card" aria-labelledby="add-area-heading">
      <h2 id="add-area-heading">{parentId ? "Add a sub-area" : "Add an area"}</h2>
      <FormMessage state={state} labels={AREA_LABELS} />
      <VersionFields version={version} />
      {parentId ? (
        <input type="hidden" name="parentId" value={parentId} />
      ) : (
        <SelectField name="parentId" label="Part of" state={state} options={areaOptions(areas, "Top level")} />
      )}
      <div className="form-row">
        <TextField name="code" label="Code" hint="Unique in the matrix, e.g. A3" state={state} width="short" />
        <TextField name="name" label="Name" state={state} />
      </div>
      <TextAreaField name="description" label="Description (optional)" state={state} />
      <SubmitButton>Add area</SubmitButton>
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
  return (
    <form action={action} noValidate aria-labelledby="rename-area-heading">
      <h2 id="rename-area-heading">Name and description</h2>
      <FormMessage state={state} labels={AREA_LABELS} />
      <VersionFields version={version} />
      <input type="hidden" name="areaId" value={area.id} />
      <TextField name="name" label="Name" state={state} defaultValue={area.name} />
      <TextAreaField name="description" label="Description (optional)" state={state} defaultValue={area.description ?? ""} />
      <TextAreaField
        name="translations"
        label="Names in other languages (optional)"
        hint="One a line, as language: name, e.g. ro: Implicarea diasporei"
        state={state}
        defaultValue={area.translations}
      />
      <SubmitButton>Save name</SubmitButton>
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
  return (
    <form action={action} noValidate aria-labelledby="move-area-heading">
      <h2 id="move-area-heading">Move or reorder</h2>
      <FormMessage state={state} labels={AREA_LABELS} />
      <VersionFields version={version} />
      <input type="hidden" name="areaId" value={areaId} />
      <SelectField name="parentId" label="Part of" state={state} defaultValue={parentId ?? ""} options={areaOptions(areas, "Top level")} />
      <PositionField label="Position among its sibling areas" state={state} position={position} />
      <SubmitButton variant="secondary">Move area</SubmitButton>
    </form>
  );
}

export function DeleteAreaForm({ version, areaId, isEmpty }: { version: VersionRef; areaId: string; isEmpty: boolean }) {
  const [state, action] = useActionState(deleteAreaAction, IDLE);
  return (
    <form action={action} aria-labelledby="delete-area-heading">
      <h2 id="delete-area-heading">Delete</h2>
      <FormMessage state={state} />
      <VersionFields version={version} />
      <input type="hidden" name="areaId" value={areaId} />
      <p className="muted">
        {isEmpty
          ? "The area is empty and can be deleted."
          : "Only an empty area can be deleted: move or retire its indicators and sub-areas first."}
      </p>
      <SubmitButton variant="warning">Delete area</SubmitButton>
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
  return (
    <form action={action} noValidate aria-labelledby="move-indicator-heading">
      <h2 id="move-indicator-heading">Move or reorder</h2>
      <FormMessage state={state} labels={{ areaId: "Area", position: "Position" }} />
      <VersionFields version={version} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <SelectField name="areaId" label="Area" state={state} defaultValue={areaId} options={areaOptions(areas, "Choose an area").slice(1)} />
      <PositionField label="Position in the area" state={state} position={position} />
      <SubmitButton variant="secondary">Move indicator</SubmitButton>
    </form>
  );
}

export function RetireIndicatorForm({ version, indicatorId, isNew }: { version: VersionRef; indicatorId: string; isNew: boolean }) {
  const [state, action] = useActionState(retireIndicatorAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="retire-heading">
      <h2 id="retire-heading">{isNew ? "Remove" : "Retire"}</h2>
      <FormMessage state={state} labels={{ note: "Reason" }} />
      <VersionFields version={version} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <p className="muted">
        {isNew
          ? "This indicator is new in this draft and has no values: removing it leaves nothing behind."
          : "Retiring takes the indicator out of this draft only. Its earlier versions and every value reported stay, and the change is recorded as retired in the draft's code mapping."}
      </p>
      {isNew ? null : <TextField name="note" label="Reason (optional)" hint="Shown in the comparison of versions" state={state} />}
      <SubmitButton variant="warning">{isNew ? "Remove indicator" : "Retire indicator"}</SubmitButton>
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
  return (
    <form action={action} noValidate className="card" aria-labelledby="new-draft-heading">
      <h2 id="new-draft-heading">Start a new draft</h2>
      <p>A copy of the version in force ({inForceLabel}), which the secretariat then edits. Every indicator keeps its series.</p>
      <FormMessage state={state} labels={{ label: "Label" }} />
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      <TextField
        name="label"
        label="Label of the new version"
        hint="E.g. 2026 or 2.0"
        state={state}
        width="short"
        defaultValue={suggestedLabel}
      />
      <SubmitButton>Start new draft</SubmitButton>
    </form>
  );
}

/** Where a moved area or indicator goes among its siblings, counted from 1 for people (the record counts from 0). */
function PositionField({ label, state, position }: { label: string; state: ActionState; position: number }) {
  return (
    <TextField
      name="position"
      label={label}
      hint="1 is first; a number past the end puts it last"
      type="number"
      width="short"
      state={state}
      defaultValue={String(position + 1)}
    />
  );
}
