import type { Metadata } from "next";
import { BreakdownSumNote } from "@/components/monitoring/breakdown-sum-note";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClampedText } from "@/components/review/clamped-text";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/indicators/format-value";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { AreaPicker } from "@/components/frameworks/area-picker";
import { Pager } from "@/components/layout/pager";
import { chooseArea } from "@/lib/pages/choose-area";
import { paginate } from "@/lib/pages/paginate";
import { parseReviewViewQuery } from "@/lib/pages/parse-review-view-query";
import { EvidenceCountLink } from "./evidence-count-link";
import { ApproveOneForm, BulkApproveForm, ReturnOneForm } from "./review-forms";

type Props = PageProps<"/cycles/[framework]/[year]/review">;

/** Values of one institution shown at once; each row carries two small forms. */
const REVIEW_PAGE_SIZE = 25;

export const metadata: Metadata = { title: "Review submitted values" };

export default async function ReviewPage(props: Props) {
  const params = await props.params;
  const [access, t] = await Promise.all([requirePageAccess("values.review"), getTranslations("Review")]);
  const clampLabels = { moreLabel: t("showMore"), lessLabel: t("showLess") };
  const target = { frameworkCode: decodeURIComponent(params.framework), year: Number(params.year) };
  if (!Number.isInteger(target.year)) notFound();
  const queue = await listReviewQueue(access, target).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const closed = queue.cycle.status === "CLOSED";
  const query = await props.searchParams;
  // One institution at a time, a page of its values at a time: the page costs what it shows.
  const view = parseReviewViewQuery(query);
  const current = chooseArea(queue.institutions, view.institution);
  const shown = current ? [current] : [];
  const basePath = `/cycles/${encodeURIComponent(queue.cycle.framework.code)}/${queue.cycle.year}/review`;
  const count = (name: string) => (typeof query[name] === "string" ? Number(query[name]) || 0 : 0);
  const [approved, returned] = [count("approved"), count("returned")];
  const outcome = [
    approved > 0 ? `Approved ${approved} value${approved === 1 ? "" : "s"}.` : "",
    returned > 0 ? `Returned ${returned} value${returned === 1 ? "" : "s"} to the institution.` : "",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/cycles", label: "Reporting cycles" },
          {
            href: `/cycles/${encodeURIComponent(queue.cycle.framework.code)}/${queue.cycle.year}`,
            label: `${queue.cycle.framework.code} ${queue.cycle.year}`,
          },
          { label: "Review" },
        ]}
      />
      <div className="page-header">
        <h1>
          Review submitted values: {queue.cycle.framework.code} {queue.cycle.year}
        </h1>
        <p className="page-header__lead">
          {queue.counts.submitted} waiting for review · {queue.counts.returned} returned to institutions · {queue.counts.approved} approved.
        </p>
      </div>
      {outcome ? (
        <div className="notice notice--success" role="status">
          <p>{outcome}</p>
        </div>
      ) : null}
      {closed ? (
        <div className="notice">
          <p>This cycle is closed: values can no longer be reviewed.</p>
        </div>
      ) : null}
      {queue.institutions.length === 0 ? <p>No value is waiting for review.</p> : null}
      {queue.institutions.length > 0 ? (
        <AreaPicker
          basePath={basePath}
          areas={queue.institutions.map((institution) => ({
            code: institution.code,
            name: institution.name,
            count: institution.items.length,
          }))}
          currentCode={current?.code ?? null}
          param="institution"
          label="Institutions with values to review"
        />
      ) : null}
      {shown.map((institution) => {
        const formId = `bulk-${institution.code}`;
        const listed = paginate(institution.items, view.page, REVIEW_PAGE_SIZE);
        return (
          <section key={institution.code} className="section" aria-labelledby={`institution-${institution.code}`}>
            <h2 id={`institution-${institution.code}`}>
              {institution.code} <span className="muted">{institution.name}</span> ({institution.items.length})
            </h2>
            <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={`institution-${institution.code}`}>
              <table className="data-table review-table">
                <thead>
                  <tr>
                    <th scope="col" className="review-table__select">
                      <span className="visually-hidden">Select</span>
                    </th>
                    <th scope="col" className="review-table__indicator">
                      Indicator
                    </th>
                    <th scope="col" className="review-table__value">
                      Value
                    </th>
                    <th scope="col">{queue.cycle.year - 1}</th>
                    <th scope="col">Target</th>
                    <th scope="col">Comment and source</th>
                    <th scope="col" className="review-table__decision">
                      Decision
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {listed.items.map((item) => {
                    const reference = `${item.indicator}|${item.version}|${item.disaggregation}`;
                    const label = `${item.indicator} ${item.label}`;
                    return (
                      <tr key={item.valueId}>
                        <td>
                          {closed ? null : (
                            <input
                              type="checkbox"
                              name="value"
                              value={reference}
                              form={formId}
                              aria-label={`Select ${label} for approval`}
                              className="checkbox"
                            />
                          )}
                        </td>
                        <th scope="row" style={{ fontWeight: 400 }}>
                          <span className="code">{item.indicator}</span> {item.name}
                          {item.disaggregation ? <div className="muted">{item.label}</div> : null}
                          <div className="muted">
                            {item.submittedBy ? `By ${item.submittedBy}` : ""} {item.submittedAt ? formatDateTime(item.submittedAt) : ""}
                          </div>
                        </th>
                        <td>
                          <strong>
                            <ClampedText text={item.display} {...clampLabels} />
                          </strong>
                          <BreakdownSumNote
                            mismatches={item.breakdownMismatches}
                            decimals={item.decimals}
                            mustSum={item.breakdownsMustSum}
                          />
                        </td>
                        <td>
                          {item.lastYear ? (
                            <ClampedText text={item.lastYear} limit={80} {...clampLabels} />
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                        <td>{item.target ?? <span className="muted">—</span>}</td>
                        <td>
                          {item.comment ? (
                            <div>
                              <ClampedText text={item.comment} {...clampLabels} />
                            </div>
                          ) : null}
                          {item.source ? <div className="muted">Source: {item.source}</div> : null}
                          {item.evidenceUrl ? (
                            <a href={item.evidenceUrl} rel="noopener noreferrer" target="_blank">
                              Evidence<span className="visually-hidden"> for {label}</span>
                            </a>
                          ) : null}
                          {item.evidenceCount > 0 ? (
                            <div>
                              <EvidenceCountLink valueId={item.valueId} count={item.evidenceCount} label={label} />
                            </div>
                          ) : null}
                          <div>
                            <Link href={`/values/${item.valueId}`}>
                              History<span className="visually-hidden"> of {label}</span>
                            </Link>
                          </div>
                        </td>
                        <td>
                          {closed ? null : (
                            <div className="review-decision">
                              <ApproveOneForm target={target} reference={reference} label={label} />
                              <ReturnOneForm target={target} reference={reference} label={label} />
                            </div>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <Pager
              page={listed.page}
              pageCount={listed.pageCount}
              hrefOf={(page) => `${basePath}?${new URLSearchParams({ institution: institution.code, page: String(page) }).toString()}`}
              label={`Pages of ${institution.code}'s values`}
            />
            {closed ? null : (
              <BulkApproveForm
                id={formId}
                target={target}
                institution={institution.code}
                references={institution.items.map((item) => `${item.indicator}|${item.version}|${item.disaggregation}`)}
              />
            )}
          </section>
        );
      })}
    </>
  );
}
