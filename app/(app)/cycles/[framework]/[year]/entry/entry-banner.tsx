import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { ProblemList } from "@/components/problems/problem-list";
import { TOTAL_KEY } from "@/lib/indicators/disaggregation";
import type { MissingValue } from "@/lib/monitoring/submit-cycle-values";
import { describeRow, fieldNameOf, type Banner, type BannerNote, type FieldName, type RowOrder } from "./entry-form-state";

/**
 * The message above the form, focused when it changes: the problems of a refused save (each
 * a link to its field), the outcome of a save or a submission, or the question before
 * submitting with the values still missing. Its buttons belong to the entry form: they post
 * it with their intent ("submit", "dismiss").
 */
export function EntryBanner(props: {
  banner: Banner | null;
  bannerRef: Ref<HTMLDivElement>;
  institutionCode: string;
  pending: boolean;
  order: RowOrder;
  fieldId: (id: string, field: FieldName) => string;
}) {
  const { banner, bannerRef, institutionCode, pending, order, fieldId } = props;
  const t = useTranslations("EntryBanner");
  const noteText = (note: BannerNote): string => {
    switch (note.key) {
      case "server":
        return note.text;
      case "save-first":
        return t("saveFirst");
      case "nothing-to-save":
        return t("nothingToSave");
      case "submitted":
        return t("submitted", { count: note.count });
      case "saved":
        return note.deleted > 0
          ? t("savedWithCleared", { created: note.created, updated: note.updated, deleted: note.deleted })
          : t("saved", { created: note.created, updated: note.updated });
    }
  };
  const missingText = (item: MissingValue) =>
    `${item.indicator} ${item.name}: ${item.disaggregation === TOTAL_KEY ? t("total") : item.label}`;
  return (
    <div ref={bannerRef} tabIndex={-1} className="entry-banner" aria-live="polite">
      {banner?.kind === "error" ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">{t("problemTitle")}</h2>
          <p>{noteText(banner.note)}</p>
          <ProblemList
            problems={banner.problems.map((problem) =>
              problem.code === "conflict" ? { ...problem, message: t("conflictProblem") } : problem,
            )}
            placeOf={(problem) => describeRow(banner.rowIds[problem.row! - 1]!, order, t("total"))}
            hrefOf={(problem) => `#${fieldId(banner.rowIds[problem.row! - 1]!, fieldNameOf(problem))}`}
          />
        </div>
      ) : null}
      {banner?.kind === "success" ? (
        <div className="notice notice--success" role="status">
          <p>{noteText(banner.note)}</p>
          {banner.missing && banner.missing.length > 0 ? (
            <>
              <p>{t("stillMissing", { count: banner.missing.length })}</p>
              <ul>
                {banner.missing.map((item) => (
                  <li key={`${item.indicator}|${item.disaggregation}`}>{missingText(item)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {banner?.kind === "confirm-submit" ? (
        <div className="notice notice--warning" role="alertdialog" aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t("confirmTitle", { institution: institutionCode })}</h2>
          {banner.missing.length > 0 ? (
            <>
              <p>
                <strong>{t("missingCount", { count: banner.missing.length })}</strong> {t("missingSeen")}
              </p>
              <ul className="missing-list">
                {banner.missing.map((item) => (
                  <li key={`${item.indicator}|${item.disaggregation}`}>{missingText(item)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("allFilled")}</p>
          )}
          <p>{t("lockedNote")}</p>
          <div className="button-row">
            <button type="submit" name="intent" value="submit" className="button button--primary" disabled={pending}>
              {banner.missing.length > 0 ? t("submitAnyway") : t("submit")}
            </button>
            <button type="submit" name="intent" value="dismiss" className="button button--secondary">
              {t("notYet")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
