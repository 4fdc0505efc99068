import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, useTransition } from "react";
import { saveEntryAction, submitEntryAction } from "@/app/actions/values";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import type { EntryForm } from "@/lib/monitoring/get-entry-form";
import {
  initialState,
  isDirty,
  isLocked,
  readSaveProblems,
  rowId,
  type Banner,
  type FieldName,
  type RowErrors,
  type RowOrder,
} from "./entry-form-state";

/**
 * The entry form's state and its three actions: save the changed rows as a draft, ask to
 * submit (listing what is still missing), and submit. Everything typed stays in the page
 * until it is saved.
 */
export function useEntryForm(form: EntryForm, missingElsewhere: readonly { text: string }[] = []) {
  const router = useRouter();
  const [rows, setRows] = useState(() => initialState(form));
  const [saved, setSaved] = useState(() => initialState(form));
  // New data from the server (after a save, a submission or someone's review): rows without
  // unsaved edits take it; rows being edited keep what was typed and the version it was based on.
  const [serverForm, setServerForm] = useState(form);
  if (form !== serverForm) {
    setServerForm(form);
    const fresh = initialState(form);
    setRows((current) =>
      Object.fromEntries(
        Object.entries(fresh).map(([id, next]) => [id, current[id] && isDirty(current[id], saved[id]) ? current[id] : next]),
      ),
    );
    setSaved(fresh);
  }
  const [errors, setErrors] = useState<RowErrors>({});
  const [conflicts, setConflicts] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [pending, startTransition] = useTransition();
  const bannerRef = useRef<HTMLDivElement>(null);

  const order: RowOrder = useMemo(
    () => form.areas.flatMap((area) => area.indicators.flatMap((indicator) => indicator.rows.map((row) => ({ indicator, row })))),
    [form],
  );
  const fieldId = (id: string, field: FieldName) =>
    `field-${order.findIndex((entry) => rowId(entry.indicator, entry.row) === id)}-${field}`;
  const dirtyIds = Object.keys(rows).filter((id) => !isLocked(rows[id]!.status) && isDirty(rows[id]!, saved[id]));
  const target = { frameworkCode: form.cycle.frameworkCode, year: form.cycle.year };

  const showBanner = (next: Banner) => {
    setBanner(next);
    requestAnimationFrame(() => bannerRef.current?.focus());
  };

  const update = (id: string, field: FieldName, value: string) =>
    setRows((current) => ({ ...current, [id]: { ...current[id]!, [field]: value } }));

  const save = () => {
    const ids = dirtyIds;
    if (ids.length === 0) return showBanner({ kind: "success", message: "There is nothing new to save." });
    const payload = ids.map((id) => {
      const [indicator, ...key] = id.split("|");
      const state = rows[id]!;
      return {
        indicator: indicator!,
        disaggregation: key.join("|"),
        value: state.value,
        comment: state.comment,
        source: state.source,
        evidenceUrl: state.evidenceUrl,
        version: state.version,
      };
    });
    startTransition(async () => {
      const result = await saveEntryAction(target, payload);
      if (result.status === "success") {
        setErrors({});
        setConflicts({});
        const savedRows = Object.fromEntries(
          result.result.values.map((value) => {
            const id = `${value.indicator}|${value.disaggregation}`;
            return [id, { ...rows[id]!, version: value.version, status: value.status as ValueStatus }];
          }),
        );
        setRows((current) => ({ ...current, ...savedRows }));
        setSaved({ ...rows, ...savedRows });
        const { created, updated, deleted } = result.result;
        showBanner({
          kind: "success",
          message: `Draft saved: ${created} new, ${updated} changed${deleted ? `, ${deleted} cleared` : ""}. Nothing is sent to the secretariat until you submit.`,
        });
        router.refresh();
        return;
      }
      const problems = readSaveProblems({ result, ids, rows });
      if (Object.keys(problems.adopted).length > 0) setRows((current) => ({ ...current, ...problems.adopted }));
      setErrors(problems.errors);
      setConflicts(problems.conflicts);
      showBanner({ kind: "error", message: `${result.message}`, problems: problems.problems, rowIds: [...ids] });
    });
  };

  const askSubmit = () => {
    if (dirtyIds.length > 0)
      return showBanner({
        kind: "error",
        message: "Save your draft before submitting: some entries are not saved yet.",
        problems: [],
        rowIds: [],
      });
    const missing = order
      .filter(({ indicator, row }) => (rows[rowId(indicator, row)]?.value ?? "") === "")
      .map(({ indicator, row }) => ({ text: `${indicator.code} ${indicator.name}: ${row.label}` }))
      .concat(missingElsewhere);
    showBanner({ kind: "confirm-submit", missing });
  };

  const submit = () =>
    startTransition(async () => {
      const result = await submitEntryAction(target);
      if (result.status === "error") return showBanner({ kind: "error", message: result.message, problems: [], rowIds: [] });
      showBanner({
        kind: "success",
        message: `${result.result.submitted} values submitted to the secretariat for review.`,
        missing: result.result.missing,
      });
      router.refresh();
    });

  return {
    rows,
    errors,
    conflicts,
    banner,
    bannerRef,
    pending,
    dirtyIds,
    fieldId,
    order,
    update,
    save,
    askSubmit,
    submit,
    dismissBanner: () => setBanner(null),
  };
}
