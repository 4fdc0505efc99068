import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CompletenessTable } from "@/components/cycles/completeness-table";
import { CycleStatusBadge } from "@/components/cycles/cycle-status-badge";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { can } from "@/lib/auth/authorize";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/indicators/format-value";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { requireCycle } from "@/lib/monitoring/require-cycle";
import { CycleOpenForm, DeadlinesForm } from "../../cycle-forms";

type Props = PageProps<"/cycles/[framework]/[year]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ framework, year }, t] = await Promise.all([props.params, getTranslations("Cycle")]);
  return { title: t("metaTitle", { framework: decodeURIComponent(framework), year }) };
}

export default async function CyclePage(props: Props) {
  const params = await props.params;
  const access = await requirePageAccess();
  const target = { frameworkCode: decodeURIComponent(params.framework), year: Number(params.year) };
  if (!Number.isInteger(target.year)) notFound();
  const cycle = await requireCycle(access, target.frameworkCode, target.year).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const seesCompleteness =
    can(access, "completeness.read-all") || (access.membership.institution !== null && can(access, "values.read-own-institution"));
  const completeness = seesCompleteness ? await getCycleCompleteness(access, target) : null;
  const base = `/cycles/${encodeURIComponent(cycle.framework.code)}/${cycle.year}`;
  const [t, locale, narrativesLabel] = await Promise.all([getTranslations("Cycle"), getInterfaceLocale(), getNarrativesLinkLabel()]);
  const day = (date: Date) => date.toISOString().slice(0, 10);

  return (
    <>
      <Breadcrumbs items={[{ href: "/cycles", label: t("breadcrumb") }, { label: `${cycle.framework.code} ${cycle.year}` }]} />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {t("eyebrow")} · <CycleStatusBadge status={cycle.status} />
        </p>
        <h1>
          {cycle.framework.name}: {cycle.year}
        </h1>
        <p className="page-header__lead">
          {t("deadlines", {
            submission: formatDate(cycle.submissionDeadline, locale),
            consolidation: formatDate(cycle.consolidationDeadline, locale),
          })}
          {completeness?.isPastSubmissionDeadline && cycle.status === "OPEN" ? ` ${t("deadlinePassed")}` : ""}
        </p>
      </div>

      <ul className="action-list no-print">
        {can(access, "values.enter") && access.membership.institution ? (
          <li>
            <Link className="button button--primary" href={`${base}/entry`}>
              {t("enterValues", { institution: access.membership.institution.code })}
            </Link>
          </li>
        ) : null}
        {can(access, "values.review") ? (
          <li>
            <Link className="button button--primary" href={`${base}/review`}>
              {t("reviewValues")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="button button--secondary" href={`${base}/narratives`}>
            {narrativesLabel}
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" href={`/frameworks/${encodeURIComponent(cycle.framework.code)}`}>
            {t("openMatrix", { framework: cycle.framework.code })}
          </Link>
        </li>
      </ul>

      {completeness ? (
        <section aria-labelledby="completeness-heading">
          <h2 id="completeness-heading">
            {completeness.scope.kind === "institution" ? t("completenessOf", { institution: completeness.scope.code }) : t("completeness")}
          </h2>
          <p className="muted">{t("completenessNote")}</p>
          <CompletenessTable
            caption={t("byInstitution")}
            rows={completeness.institutions}
            totals={completeness.scope.kind === "all" ? completeness.totals : undefined}
            showOverdue={completeness.isPastSubmissionDeadline}
          />
          <CompletenessTable caption={t("byArea")} rows={completeness.areas} showOverdue={completeness.isPastSubmissionDeadline} />
        </section>
      ) : (
        <p>{t("completenessHidden")}</p>
      )}

      {can(access, "cycles.manage") ? (
        <section className="section no-print" aria-labelledby="manage-heading">
          <h2 id="manage-heading">{t("manage")}</h2>
          <div className="card">
            <DeadlinesForm
              frameworkCode={cycle.framework.code}
              year={cycle.year}
              submissionDeadline={day(cycle.submissionDeadline)}
              consolidationDeadline={day(cycle.consolidationDeadline)}
            />
          </div>
          <p>{t("closingNote")}</p>
          <CycleOpenForm frameworkCode={cycle.framework.code} year={cycle.year} isOpen={cycle.status === "OPEN"} />
        </section>
      ) : null}
    </>
  );
}

/** The narratives link keeps the wording of the narratives pages. */
async function getNarrativesLinkLabel(): Promise<string> {
  const t = await getTranslations("Narratives");
  return t("openLink");
}
