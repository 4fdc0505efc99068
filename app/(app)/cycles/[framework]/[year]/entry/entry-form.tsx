"use client";

import { useTranslations } from "next-intl";
import { useMemo, useRef } from "react";
import { LocalizedText } from "@/components/matrix/localized-text";
import { EntryBreakdownCheck } from "@/components/monitoring/entry-breakdown-check";
import type { EntryForm as EntryFormData } from "@/lib/monitoring/get-entry-form";
import { EntryBanner } from "./entry-banner";
import { rowId, ungroupMissing, type MissingByIndicator } from "./entry-form-state";
import { EntryRow } from "./entry-row";
import { useEntryForm } from "./use-entry-form";
import { useLeaveWarning } from "./use-leave-warning";
import { useDescribeRules } from "./use-describe-rules";
import { useEntryRowTexts } from "./use-entry-row-texts";
import { useScrollPaddingFor } from "./use-scroll-padding-for";

/**
 * The institution's whole entry form. Everything typed stays in the page until it is saved:
 * a refused save shows each problem next to its field and keeps the entries; a conflict shows
 * the value someone else saved and keeps yours, so saving again is a deliberate choice.
 */
export function EntryForm({
  form,
  missingElsewhere = [],
}: {
  form: EntryFormData;
  /** Empty rows of the areas not shown (a large form shows one area at a time), listed before submitting. */
  missingElsewhere?: MissingByIndicator[];
}) {
  const t = useTranslations("EntryForm");
  const describeRules = useDescribeRules();
  const rowTexts = useEntryRowTexts();
  const missing = useMemo(() => ungroupMissing(missingElsewhere), [missingElsewhere]);
  const entry = useEntryForm(form, missing);
  const { rows, saved, errors, conflicts, pending, dirtyIds, fieldId } = entry;
  const cycleClosed = form.cycle.status === "CLOSED";
  const actionsRef = useRef<HTMLDivElement>(null);
  useLeaveWarning(dirtyIds.length > 0);
  useScrollPaddingFor(actionsRef);

  return (
    <form noValidate action={entry.dispatch} onSubmit={entry.onSubmit} aria-describedby="entry-help">
      <input type="hidden" name="frameworkCode" value={form.cycle.frameworkCode} />
      <input type="hidden" name="year" value={form.cycle.year} />
      {/* Enter in a field saves: the first submit button is the one a browser presses for it, whatever banner is shown. */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true" />
      <p id="entry-help" className="muted">
        {t("help")}
      </p>
      <EntryBanner
        banner={entry.banner}
        bannerRef={entry.bannerRef}
        institutionCode={form.institution.code}
        pending={pending}
        order={entry.order}
        fieldId={fieldId}
      />

      {form.areas.map((area) => (
        <section key={area.code} className="section" aria-labelledby={`area-${area.code}`}>
          <h2 id={`area-${area.code}`}>
            <span className="muted">{area.code}</span> <LocalizedText entity={area} />
          </h2>
          {area.indicators.map((indicator) => (
            <fieldset key={indicator.code} className="entry-indicator" aria-describedby={`meta-${indicator.code}`}>
              <legend>
                <span className="code">{indicator.code}</span> <LocalizedText entity={indicator} />
              </legend>
              <p className="entry-meta" id={`meta-${indicator.code}`}>
                {describeRules(indicator)}
                {indicator.target ? ` · ${t("target", { target: indicator.target.display, year: indicator.target.year })}` : ""}
                {indicator.isLead ? "" : ` · ${t("ledBy", { institution: indicator.leadInstitution ?? "—" })}`}
              </p>
              {indicator.rows.map((row) => {
                const id = rowId(indicator, row);
                return (
                  <EntryRow
                    key={id}
                    id={id}
                    indicator={indicator}
                    row={row}
                    state={rows[id]!}
                    saved={saved[id]}
                    errors={errors[id] ?? {}}
                    conflict={conflicts[id]}
                    cycleClosed={cycleClosed}
                    previousYear={form.cycle.year - 1}
                    texts={rowTexts}
                    fieldId={(field) => fieldId(id, field)}
                    onChange={(field, value) => entry.update(id, field, value)}
                  />
                );
              })}
              <EntryBreakdownCheck
                indicator={indicator}
                typed={indicator.rows.map((row) => ({ key: row.key, label: row.label, value: rows[rowId(indicator, row)]?.value ?? "" }))}
              />
            </fieldset>
          ))}
        </section>
      ))}

      {cycleClosed ? null : (
        <div className="entry-actions no-print" ref={actionsRef}>
          <span className="entry-actions__status" aria-live="polite">
            {pending ? t("working") : dirtyIds.length > 0 ? t("unsaved", { count: dirtyIds.length }) : t("allSaved")}
          </span>
          <button type="submit" name="intent" value="save" className="button button--primary" disabled={pending}>
            {t("save")}
          </button>
          <button type="submit" name="intent" value="ask-submit" className="button button--secondary" disabled={pending}>
            {t("submit")}
          </button>
        </div>
      )}
    </form>
  );
}
