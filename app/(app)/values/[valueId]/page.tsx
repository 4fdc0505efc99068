import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getEvidenceHistoryLabels } from "./evidence-history-labels";
import { ValueStatusBadge } from "@/components/indicators/value-status-badge";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { can } from "@/lib/auth/authorize";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { describeDisaggregation, isTotalKey } from "@/lib/indicators/disaggregation";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { formatDateTime, formatIndicatorValue } from "@/lib/indicators/format-value";
import type { ValueChange, ValueChangeField } from "@/lib/monitoring/describe-value-changes";
import { getValueHistory } from "@/lib/monitoring/get-value-history";
import { EvidenceSection } from "./evidence-section";
import { ExplanationSection } from "./explanation-section";
import { CommentForm, ReopenForm } from "./value-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ValuePage");
  return { title: t("metaTitle") };
}

/** What each recorded event did, in the person's language. */
async function getActionLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("ValuePage");
  return {
    "value.created": t("actionCreated"),
    "value.updated": t("actionUpdated"),
    "value.deleted": t("actionDeleted"),
    "value.submitted": t("actionSubmitted"),
    "value.returned": t("actionReturned"),
    "value.approved": t("actionApproved"),
    "value.reopened": t("actionReopened"),
  };
}

export default async function ValueHistoryPage(props: PageProps<"/values/[valueId]">) {
  const { valueId } = await props.params;
  const [access, t, locale, page, actionLabels] = await Promise.all([
    requirePageAccess(),
    getTranslations("ValueHistory"),
    getInterfaceLocale(),
    getPageTexts(),
    getActionLabels(),
  ]);
  const fieldLabels: Record<ValueChangeField, string> = {
    value: t("fieldValue"),
    status: t("fieldStatus"),
    comment: t("fieldComment"),
    source: t("fieldSource"),
    evidenceUrl: t("fieldEvidenceUrl"),
    returnReason: t("fieldReturnReason"),
  };
  const statusLabels: Record<string, string> = {
    DRAFT: t("statusDraft"),
    SUBMITTED: t("statusSubmitted"),
    RETURNED: t("statusReturned"),
    APPROVED: t("statusApproved"),
  };
  const shown = (change: ValueChange, text: string | null) =>
    text === null ? t("empty") : change.field === "status" ? (statusLabels[text] ?? text) : text;
  const { value, place, history, comments } = await getValueHistory(access, valueId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // `value` is null when the draft of this address was cleared and nothing was entered since.
  const framework = place.indicator.version.framework;
  const breakdown = isTotalKey(place.disaggregation) ? page.total : describeDisaggregation(place.disaggregation);
  const evidenceLabels = await getEvidenceHistoryLabels();
  const actionLabel = (action: string) => evidenceLabels[action] ?? actionLabels[action] ?? action;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/frameworks/${encodeURIComponent(framework.code)}`, label: framework.code },
          {
            href: `/frameworks/${encodeURIComponent(framework.code)}/indicators/${encodeURIComponent(place.indicator.code)}`,
            label: place.indicator.code,
          },
          { label: `${place.year} ${breakdown}` },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {place.indicator.code} · {place.year} · {breakdown}
        </p>
        <h1>{place.indicator.name}</h1>
        {value ? (
          <p className="page-header__lead">
            <strong>{formatIndicatorValue(value, value.indicator, locale)}</strong> <ValueStatusBadge status={value.status} />{" "}
            <span className="muted">{page.version(value.version)}</span>
          </p>
        ) : (
          <p className="page-header__lead">
            <strong>{page.noValue}</strong> <span className="muted">{page.cleared}</span>
          </p>
        )}
        {value?.status === "RETURNED" && value.returnReason ? (
          <p className="entry-returned">
            <strong>{page.returned}</strong> {value.returnReason}
          </p>
        ) : null}
        <p>
          <Link href={`/cycles/${encodeURIComponent(framework.code)}/${place.year}`}>{page.cycle(framework.code, place.year)}</Link>
        </p>
      </div>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{page.history}</h2>
        {history.length === 0 ? (
          <p className="muted">{page.noHistory}</p>
        ) : (
          <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="history-heading">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{page.when}</th>
                  <th scope="col">{page.who}</th>
                  <th scope="col">{page.what}</th>
                  <th scope="col">{page.change}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((entry) => (
                  <tr key={entry.id}>
                    <td className="nowrap">{formatDateTime(entry.at, locale)}</td>
                    <td>{entry.who}</td>
                    <td>{actionLabel(entry.action)}</td>
                    <td>
                      {entry.changes.length === 0 ? (
                        <span className="muted">{t("noChange")}</span>
                      ) : (
                        <dl className="change-list">
                          {entry.changes.map((change) => (
                            <div key={change.field}>
                              <dt>{fieldLabels[change.field]}</dt>
                              <dd>
                                {change.before === null && entry.action === "value.created" ? null : (
                                  <>
                                    <del>{shown(change, change.before)}</del> →{" "}
                                  </>
                                )}
                                <ins>{shown(change, change.after)}</ins>
                              </dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {value ? <EvidenceSection access={access} valueId={value.id} /> : null}

      <ExplanationSection
        access={access}
        valueId={valueId}
        place={{
          indicatorId: place.indicator.id,
          identityId: place.identityId,
          indicatorCode: place.indicator.code,
          year: place.year,
          frameworkId: framework.id,
          frameworkCode: framework.code,
        }}
      />

      <section className="section" aria-labelledby="discussion-heading">
        <h2 id="discussion-heading">{page.discussion}</h2>
        {comments.length === 0 ? <p className="muted">{page.noComments}</p> : null}
        <ol className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment__meta">
                <strong>{comment.author}</strong> · {formatDateTime(comment.createdAt, locale)}
              </p>
              <p className="comment__body">{comment.body}</p>
            </li>
          ))}
        </ol>
        {value && can(access, "values.comment") ? (
          <div className="card">
            <CommentForm valueId={value.id} />
          </div>
        ) : null}
      </section>

      {value && can(access, "values.reopen") && value.status === "APPROVED" ? (
        <section className="section" aria-label={page.reopen}>
          <div className="card">
            <ReopenForm valueId={value.id} />
          </div>
        </section>
      ) : null}
    </>
  );
}

/** The page's own texts (the history's fields and states come from the ValueHistory texts). */
async function getPageTexts() {
  const t = await getTranslations("ValuePage");
  return {
    total: t("total"),
    version: (version: number) => t("version", { version }),
    noValue: t("noValue"),
    cleared: t("cleared"),
    returned: t("returned"),
    cycle: (framework: string, year: number) => t("cycle", { framework, year }),
    history: t("history"),
    noHistory: t("noHistory"),
    when: t("when"),
    who: t("who"),
    what: t("what"),
    change: t("change"),
    discussion: t("discussion"),
    noComments: t("noComments"),
    reopen: t("reopen"),
  };
}
