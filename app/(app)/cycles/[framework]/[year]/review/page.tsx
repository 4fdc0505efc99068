import type { Metadata } from "next";
import { BreakdownSumNote } from "@/components/monitoring/breakdown-sum-note";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalizedText } from "@/components/matrix/localized-text";
import { ClampedText } from "@/components/review/clamped-text";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/indicators/format-value";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { TOTAL_KEY } from "@/lib/indicators/disaggregation";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { AreaPicker } from "@/components/frameworks/area-picker";
import { Pager } from "@/components/layout/pager";
import { parseReviewViewQuery } from "@/lib/pages/parse-review-view-query";
import { EvidenceCountLink } from "./evidence-count-link";
import { ApproveOneForm, BulkApproveForm, ReturnOneForm } from "./review-forms";

type Props = PageProps<"/cycles/[framework]/[year]/review">;

/** Values of one institution shown at once; each row carries two small forms. */
const REVIEW_PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Review");
  return { title: t("metaTitle") };
}

export default async function ReviewPage(props: Props) {
  const params = await props.params;
  const [access, t, locale] = await Promise.all([requirePageAccess("values.review"), getTranslations("Review"), getInterfaceLocale()]);
  const clampLabels = { moreLabel: t("showMore"), lessLabel: t("showLess") };
  const target = { frameworkCode: decodeURIComponent(params.framework), year: Number(params.year) };
  if (!Number.isInteger(target.year)) notFound();
  const query = await props.searchParams;
  // One institution at a time, a page of its values at a time: the page costs what it shows,
  // and only that page's values are read in full.
  const view = parseReviewViewQuery(query);
  const queue = await listReviewQueue(access, target, locale, { ...view, pageSize: REVIEW_PAGE_SIZE }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const closed = queue.cycle.status === "CLOSED";
  const current = queue.institutions.find((institution) => institution.code === queue.shown?.code);
  const shown = current && queue.shown ? [{ ...current, ...queue.shown }] : [];
  const basePath = `/cycles/${encodeURIComponent(queue.cycle.framework.code)}/${queue.cycle.year}/review`;
  const count = (name: string) => (typeof query[name] === "string" ? Number(query[name]) || 0 : 0);
  const [approved, returned] = [count("approved"), count("returned")];
  const outcome = [
    approved > 0 ? t("approvedOutcome", { count: approved }) : "",
    returned > 0 ? t("returnedOutcome", { count: returned }) : "",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/cycles", label: t("breadcrumb") },
          {
            href: `/cycles/${encodeURIComponent(queue.cycle.framework.code)}/${queue.cycle.year}`,
            label: `${queue.cycle.framework.code} ${queue.cycle.year}`,
          },
          { label: t("breadcrumbReview") },
        ]}
      />
      <div className="page-header">
        <h1>{t("title", { framework: queue.cycle.framework.code, year: queue.cycle.year })}</h1>
        <p className="page-header__lead">
          {t("counts", { submitted: queue.counts.submitted, returned: queue.counts.returned, approved: queue.counts.approved })}
        </p>
      </div>
      {outcome ? (
        <div className="notice notice--success" role="status">
          <p>{outcome}</p>
        </div>
      ) : null}
      {closed ? (
        <div className="notice">
          <p>{t("closed")}</p>
        </div>
      ) : null}
      {queue.institutions.length === 0 ? <p>{t("empty")}</p> : null}
      {queue.institutions.length > 0 ? (
        <AreaPicker
          basePath={basePath}
          areas={queue.institutions.map((institution) => ({
            code: institution.code,
            name: institution.name || t("noLead"),
            count: institution.count,
          }))}
          currentCode={current?.code ?? null}
          param="institution"
          label={t("institutions")}
        />
      ) : null}
      {shown.map((institution) => {
        const formId = `bulk-${institution.code}`;
        return (
          <section key={institution.code} className="section" aria-labelledby={`institution-${institution.code}`}>
            <h2 id={`institution-${institution.code}`}>
              {institution.code} <span className="muted">{institution.name || t("noLead")}</span> ({institution.count})
            </h2>
            <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={`institution-${institution.code}`}>
              <table className="data-table review-table">
                <thead>
                  <tr>
                    <th scope="col" className="review-table__select">
                      <span className="visually-hidden">{t("select")}</span>
                    </th>
                    <th scope="col" className="review-table__indicator">
                      {t("indicator")}
                    </th>
                    <th scope="col" className="review-table__value">
                      {t("value")}
                    </th>
                    <th scope="col">{queue.cycle.year - 1}</th>
                    <th scope="col">{t("target")}</th>
                    <th scope="col">{t("commentAndSource")}</th>
                    <th scope="col" className="review-table__decision">
                      {t("decision")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {institution.items.map((item) => {
                    const reference = `${item.indicator}|${item.version}|${item.disaggregation}`;
                    const label = `${item.indicator} ${item.disaggregation === TOTAL_KEY ? t("total") : item.label}`;
                    return (
                      <tr key={item.valueId}>
                        <td>
                          {closed ? null : (
                            <input
                              type="checkbox"
                              name="value"
                              value={reference}
                              form={formId}
                              aria-label={t("selectFor", { label })}
                              className="checkbox"
                            />
                          )}
                        </td>
                        <th scope="row" style={{ fontWeight: 400 }}>
                          <span className="code">{item.indicator}</span> <LocalizedText entity={item} />
                          {item.disaggregation ? <div className="muted">{item.label}</div> : null}
                          <div className="muted">
                            {item.submittedBy ? t("by", { name: item.submittedBy }) : ""}{" "}
                            {item.submittedAt ? formatDateTime(item.submittedAt, locale) : ""}
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
                        <td>
                          {item.target ? (
                            t("targetBy", { target: item.target.display, year: item.target.year })
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                        <td>
                          {item.comment ? (
                            <div>
                              <ClampedText text={item.comment} {...clampLabels} />
                            </div>
                          ) : null}
                          {item.source ? <div className="muted">{t("source", { source: item.source })}</div> : null}
                          {item.evidenceUrl ? (
                            <a href={item.evidenceUrl} rel="noopener noreferrer" target="_blank">
                              {t("evidence")}
                              <span className="visually-hidden"> {t("forLabel", { label })}</span>
                            </a>
                          ) : null}
                          {item.evidenceCount > 0 ? (
                            <div>
                              <EvidenceCountLink valueId={item.valueId} count={item.evidenceCount} label={label} />
                            </div>
                          ) : null}
                          <div>
                            <Link href={`/values/${item.valueId}`}>
                              {t("history")}
                              <span className="visually-hidden"> {t("ofLabel", { label })}</span>
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
              page={institution.page}
              pageCount={institution.pageCount}
              hrefOf={(page) => `${basePath}?${new URLSearchParams({ institution: institution.code, page: String(page) }).toString()}`}
              label={t("pages", { institution: institution.code })}
            />
            {closed ? null : (
              <BulkApproveForm id={formId} target={target} institution={institution.code} references={institution.references} />
            )}
          </section>
        );
      })}
    </>
  );
}
