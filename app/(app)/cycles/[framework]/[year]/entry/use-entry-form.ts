import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { entryFormAction } from "@/app/actions/entry";
import type { EntryForm } from "@/lib/monitoring/get-entry-form";
import type { MissingValue } from "@/lib/monitoring/submit-cycle-values";
import { askSubmitBanner, dirtyIdsOf, IDLE_ANSWER, initialModel, takeAnswer, takeServerForm } from "./entry-form-model";
import { rowId, type FieldName, type RowOrder } from "./entry-form-state";

/**
 * The entry form's state, bound to its one action (decision 022): the form posts to
 * entryFormAction, with or without JavaScript. With it, the form is submitted by hand
 * (React would reset the form after an action), asking before submitting needs no round
 * trip, and everything typed stays in the page until it is saved.
 */
export function useEntryForm(form: EntryForm, missingElsewhere: readonly MissingValue[] = []) {
  const [answer, dispatch, pending] = useActionState(entryFormAction, IDLE_ANSWER);
  const [model, setModel] = useState(() => initialModel(form));
  const bannerRef = useRef<HTMLDivElement>(null);

  const order: RowOrder = useMemo(
    () => form.areas.flatMap((area) => area.indicators.flatMap((indicator) => indicator.rows.map((row) => ({ indicator, row })))),
    [form],
  );
  // The action's answer first (it knows the versions just saved), then the server's new data.
  let next = model;
  if (answer !== next.answer) next = takeAnswer(next, answer, order, missingElsewhere);
  if (form !== next.form) next = takeServerForm(next, form);
  if (next !== model) setModel(next);

  // Move focus to a new banner, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (next.banner) bannerRef.current?.focus();
  }, [next.banner]);

  // Each row's place in the form names its fields; looked up, not searched, in every row of a long form.
  const placeOf = useMemo(() => new Map(order.map((entry, index) => [rowId(entry.indicator, entry.row), index])), [order]);
  const fieldId = (id: string, field: FieldName) => `field-${placeOf.get(id) ?? -1}-${field}`;

  const update = (id: string, field: FieldName, value: string) =>
    setModel((current) => ({ ...current, rows: { ...current.rows, [id]: { ...current.rows[id]!, [field]: value } } }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter?.getAttribute("value");
    if (intent === "dismiss") return setModel((current) => ({ ...current, banner: null }));
    if (intent === "ask-submit") return setModel((current) => ({ ...current, banner: askSubmitBanner(current, order, missingElsewhere) }));
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };

  return { ...next, bannerRef, pending, dirtyIds: dirtyIdsOf(next), fieldId, order, update, onSubmit, dispatch };
}
