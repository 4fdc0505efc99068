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
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { requireCycle } from "@/lib/monitoring/require-cycle";
import { CycleOpenForm, DeadlinesForm } from "../../cycle-forms";

type Props = PageProps<"/cycles/[framework]/[year]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { framework, year } = await props.params;
  return { title: `${decodeURIComponent(framework)} ${year} cycle` };
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
  const t = await getTranslations("Narratives");
  const day = (date: Date) => date.toISOString().slice(0, 10);

  return (
    <>
      <Breadcrumbs items={[{ href: "/cycles", label: "Reporting cycles" }, { label: `${cycle.framework.code} ${cycle.year}` }]} />
      <div className="page-header">
        <p className="page-header__eyebrow">
          Reporting cycle · <CycleStatusBadge status={cycle.status} />
        </p>
        <h1>
          {cycle.framework.name}: {cycle.year}
        </h1>
        <p className="page-header__lead">
          Institutions report by {formatDate(cycle.submissionDeadline)}; the secretariat consolidates by{" "}
          {formatDate(cycle.consolidationDeadline)}.
          {completeness?.isPastSubmissionDeadline && cycle.status === "OPEN" ? " The submission deadline has passed." : ""}
        </p>
      </div>

      <ul className="action-list no-print">
        {can(access, "values.enter") && access.membership.institution ? (
          <li>
            <Link className="button button--primary" href={`${base}/entry`}>
              Enter {access.membership.institution.code} values
            </Link>
          </li>
        ) : null}
        {can(access, "values.review") ? (
          <li>
            <Link className="button button--primary" href={`${base}/review`}>
              Review submitted values
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="button button--secondary" href={`${base}/narratives`}>
            {t("openLink")}
          </Link>
        </li>
        <li>
          <Link className="button button--secondary" href={`/frameworks/${encodeURIComponent(cycle.framework.code)}`}>
            Open the {cycle.framework.code} matrix
          </Link>
        </li>
      </ul>

      {completeness ? (
        <section aria-labelledby="completeness-heading">
          <h2 id="completeness-heading">Completeness{completeness.scope.kind === "institution" ? ` of ${completeness.scope.code}` : ""}</h2>
          <p className="muted">
            Counted on each indicator&apos;s total value. Drafts count as entered; only approved values count as done.
          </p>
          <CompletenessTable
            caption="By institution"
            rows={completeness.institutions}
            totals={completeness.scope.kind === "all" ? completeness.totals : undefined}
            showOverdue={completeness.isPastSubmissionDeadline}
          />
          <CompletenessTable caption="By thematic area" rows={completeness.areas} showOverdue={completeness.isPastSubmissionDeadline} />
        </section>
      ) : (
        <p>Completeness is followed by the secretariat, the working group and the institutions.</p>
      )}

      {can(access, "cycles.manage") ? (
        <section className="section no-print" aria-labelledby="manage-heading">
          <h2 id="manage-heading">Manage the cycle</h2>
          <div className="card">
            <DeadlinesForm
              frameworkCode={cycle.framework.code}
              year={cycle.year}
              submissionDeadline={day(cycle.submissionDeadline)}
              consolidationDeadline={day(cycle.consolidationDeadline)}
            />
          </div>
          <p>Closing the cycle freezes its values. Values that are not approved stay as they are and are reported as open points.</p>
          <CycleOpenForm frameworkCode={cycle.framework.code} year={cycle.year} isOpen={cycle.status === "OPEN"} />
        </section>
      ) : null}
    </>
  );
}
