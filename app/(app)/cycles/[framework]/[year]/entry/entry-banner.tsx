import type { Ref } from "react";
import { ProblemList } from "@/components/problems/problem-list";
import { describeRow, fieldNameOf, type Banner, type FieldName, type RowOrder } from "./entry-form-state";

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
  return (
    <div ref={bannerRef} tabIndex={-1} className="entry-banner" aria-live="polite">
      {banner?.kind === "error" ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">There is a problem</h2>
          <p>{banner.message}</p>
          <ProblemList
            problems={banner.problems}
            placeOf={(problem) => describeRow(banner.rowIds[problem.row! - 1]!, order)}
            hrefOf={(problem) => `#${fieldId(banner.rowIds[problem.row! - 1]!, fieldNameOf(problem))}`}
          />
        </div>
      ) : null}
      {banner?.kind === "success" ? (
        <div className="notice notice--success" role="status">
          <p>{banner.message}</p>
          {banner.missing && banner.missing.length > 0 ? (
            <>
              <p>Still missing ({banner.missing.length}):</p>
              <ul>
                {banner.missing.map((item) => (
                  <li key={`${item.indicator}|${item.disaggregation}`}>
                    {item.indicator} {item.name}: {item.label}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {banner?.kind === "confirm-submit" ? (
        <div className="notice notice--warning" role="alertdialog" aria-labelledby="confirm-title">
          <h2 id="confirm-title">Submit {institutionCode}&apos;s values for review?</h2>
          {banner.missing.length > 0 ? (
            <>
              <p>
                <strong>{banner.missing.length} values are still missing.</strong> The secretariat will see them as missing:
              </p>
              <ul className="missing-list">
                {banner.missing.map((item) => (
                  <li key={item.text}>{item.text}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>Every value is filled in.</p>
          )}
          <p>Submitted values are locked until the secretariat approves them or returns them to you.</p>
          <div className="button-row">
            <button type="submit" name="intent" value="submit" className="button button--primary" disabled={pending}>
              {banner.missing.length > 0 ? "Submit anyway" : "Submit for review"}
            </button>
            <button type="submit" name="intent" value="dismiss" className="button button--secondary">
              Not yet
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
