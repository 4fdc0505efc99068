import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { auditActionLabels, auditEntityTypeLabels } from "./audit-labels";
import { auditChangeLabels } from "./audit-change-labels";
import { formatDateTime } from "@/lib/indicators/format-value";
import { AuditChange } from "@/components/audit/audit-change";
import { ProblemList } from "@/components/problems/problem-list";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "@/lib/audit/audit-actions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { firstAtEachPlace } from "@/lib/problems/problem";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuditPage");
  return { title: t("title") };
}

export default async function AuditPage(props: PageProps<"/audit">) {
  const [access, t, locale, actionLabels, entityLabels, changeLabels] = await Promise.all([
    requirePageAccess("audit.read"),
    getTranslations("AuditPage"),
    getLocale(),
    auditActionLabels(),
    auditEntityTypeLabels(),
    auditChangeLabels(),
  ]);
  const readerLocale: Locale = isLocale(locale) ? locale : "en";
  const translator = await libTranslator(readerLocale);
  const query = Object.fromEntries(
    Object.entries(await props.searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const result = await listAuditEvents(access, query).catch((error: unknown) => {
    if (isAppError(error) && error.code === "BAD_REQUEST") return error;
    throw error;
  });
  const problem = isAppError(result) ? result : null;
  const data = isAppError(result) ? null : result;
  const selected = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : "");
  const pageLink = (page: number) =>
    `/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, value]) => typeof value === "string")), page: String(page) } as Record<string, string>)}`;

  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <p className="page-header__lead">{t("lead", { workspace: access.workspace.name })}</p>
      </div>
      <form method="get" className="card no-print" aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="visually-hidden">
          {t("filterHeading")}
        </h2>
        {problem ? (
          <div className="error-summary" role="alert">
            <h2 className="error-summary__title">{t("problem")}</h2>
            <ProblemList
              problems={firstAtEachPlace(problem.problems)}
              hrefOf={(fieldProblem) => (fieldProblem.field ? `#filter-${fieldProblem.field}` : undefined)}
            />
          </div>
        ) : null}
        <div className="form-row">
          <div className="field">
            <label htmlFor="filter-actor">{t("person")}</label>
            <select id="filter-actor" name="actor" defaultValue={selected("actor")} className="input">
              <option value="">{t("anyone")}</option>
              {data?.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name} ({person.email})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-entity">{t("record")}</label>
            <select id="filter-entity" name="entity" defaultValue={selected("entity")} className="input">
              <option value="">{t("any")}</option>
              {AUDIT_ENTITY_TYPES.map((entity) => (
                <option key={entity} value={entity}>
                  {entityLabels[entity]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-action">{t("action")}</label>
            <select id="filter-action" name="action" defaultValue={selected("action")} className="input">
              <option value="">{t("any")}</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {actionLabels[action]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-from">{t("from")}</label>
            <input id="filter-from" name="from" type="date" defaultValue={selected("from")} className="input input--medium" />
          </div>
          <div className="field">
            <label htmlFor="filter-to">{t("to")}</label>
            <input id="filter-to" name="to" type="date" defaultValue={selected("to")} className="input input--medium" />
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t("show")}
          </button>
          <Link href="/audit">{t("clear")}</Link>
        </div>
      </form>

      {data ? (
        <section className="section" aria-labelledby="entries-heading">
          <h2 id="entries-heading">
            {t("entries", { count: data.total })}
            {data.pageCount > 1 ? ` · ${t("page", { page: data.filter.page, pageCount: data.pageCount })}` : ""}
          </h2>
          <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="entries-heading">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("who")}</th>
                  <th scope="col">{t("what")}</th>
                  <th scope="col">{t("change")}</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td className="nowrap">{formatDateTime(entry.createdAt, isLocale(locale) ? locale : undefined)}</td>
                    <td>{entry.actorLabel}</td>
                    <td>
                      <strong>{labelOf(actionLabels, entry.action)}</strong>
                      {entry.summaryText ? (
                        <div>{translator.text(entry.summaryText)}</div>
                      ) : entry.summary ? (
                        // Written before summaries had keys: the English as recorded, marked for screen readers.
                        <div lang="en">{entry.summary}</div>
                      ) : null}
                      <div className="muted">{labelOf(entityLabels, entry.entityType)}</div>
                    </td>
                    <td>
                      <AuditChange entityType={entry.entityType} before={entry.before} after={entry.after} labels={changeLabels} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.pageCount > 1 ? (
            <nav aria-label={t("pages")} className="button-row">
              {data.filter.page > 1 ? <Link href={pageLink(data.filter.page - 1)}>{t("newer")}</Link> : null}
              {data.filter.page < data.pageCount ? <Link href={pageLink(data.filter.page + 1)}>{t("older")}</Link> : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** A stored code's label; a code no longer in the list (an older event) shows as written. */
function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}
