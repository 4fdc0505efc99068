import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { getVersionLifecycle, type VersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { formatDate } from "@/lib/indicators/format-value";
import { VERSION_STATUS_LABELS } from "@/lib/indicators/format-value";
import { CommentList } from "./comment-list";
import { DecisionSection } from "./decision-section";
import { OpenConsultationForm, ValidateForm, type VersionRef } from "./lifecycle-forms";

type Props = PageProps<"/frameworks/[code]/versions/[number]/consultation">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code, number } = await props.params;
  return { title: `${decodeURIComponent(code)} version ${number}: consultation and approval` };
}

const STEPS = ["DRAFT", "IN_CONSULTATION", "VALIDATED", "APPROVED"] as const;

/** What the last step did, after the server action redirected here (app/actions/framework-versions.ts). */
const LIFECYCLE_NOTICES: Record<string, string> = {
  "consultation-opened": "The consultation is open: the invited institutions and working-group members can now comment.",
  validated: "The version is validated. The invited working-group members can now record their positions.",
  approved: "The version is approved and in force; the version approved before it is superseded.",
};

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export default async function VersionConsultationPage(props: Props) {
  const { code, number } = await props.params;
  const { done } = await props.searchParams;
  const notice = typeof done === "string" ? LIFECYCLE_NOTICES[done] : undefined;
  const access = await requirePageAccess();
  const lifecycle = await getVersionLifecycle(access, { frameworkCode: decodeURIComponent(code), versionNumber: number }).catch(
    (error: unknown) => {
      if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      throw error;
    },
  );
  const { framework, version } = lifecycle;
  const ref: VersionRef = { versionId: version.id, frameworkCode: framework.code, versionNumber: version.number };
  const frameworkHref = `/frameworks/${encodeURIComponent(framework.code)}`;
  const currentStep = version.status === "SUPERSEDED" ? "APPROVED" : version.status;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: "Frameworks" },
          { href: frameworkHref, label: framework.code },
          { label: `Version ${version.label}: consultation and approval` },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          Framework {framework.code} · version {version.label}{" "}
          <span className="status status--version">{VERSION_STATUS_LABELS[version.status]}</span>
        </p>
        <h1>Consultation and approval of version {version.label}</h1>
        <p className="page-header__lead">
          {framework.name}. A draft is put to consultation, every comment is answered, the version is validated, and the working group
          approves it. An approved version never changes.
        </p>
        <ol className="lifecycle-steps" aria-label="Steps of the version">
          {STEPS.map((step) => (
            <li key={step} aria-current={step === currentStep ? "step" : undefined}>
              {VERSION_STATUS_LABELS[step]}
            </li>
          ))}
        </ol>
      </div>

      {notice ? (
        <div className="notice notice--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <ConsultationSection lifecycle={lifecycle} versionRef={ref} />
      <CommentList lifecycle={lifecycle} versionRef={ref} />
      {version.status === "IN_CONSULTATION" && (lifecycle.can.resolve || lifecycle.can.validate) ? (
        <section className="card lifecycle-section" aria-labelledby="validate-heading">
          <h2 id="validate-heading">Validation</h2>
          {lifecycle.can.validate ? (
            <>
              <p>Every comment has its answer. Validating closes the consultation; the working group then records its positions.</p>
              <ValidateForm version={ref} />
            </>
          ) : (
            <p>
              {lifecycle.openComments} {lifecycle.openComments === 1 ? "comment is" : "comments are"} still open; the version can be
              validated once each one is accepted or declined.
            </p>
          )}
        </section>
      ) : null}
      <DecisionSection lifecycle={lifecycle} versionRef={ref} />
      <p>
        <Link href={frameworkHref}>Back to the matrix of {framework.code}</Link>
      </p>
    </>
  );
}

function ConsultationSection({ lifecycle, versionRef }: { lifecycle: VersionLifecycle; versionRef: VersionRef }) {
  const { version, invitees, choices } = lifecycle;
  return (
    <section className="card lifecycle-section" aria-labelledby="consultation-heading">
      <h2 id="consultation-heading">Consultation</h2>
      {version.status === "DRAFT" ? (
        lifecycle.can.openConsultation ? (
          <OpenConsultationForm
            version={versionRef}
            defaultDeadline={inDays(30)}
            institutions={choices.institutions.map((institution) => ({
              value: institution.code,
              label: `${institution.code} · ${institution.name}`,
            }))}
            workingGroupMembers={choices.workingGroupMembers.map((member) => ({ value: member.userId, label: member.name }))}
          />
        ) : (
          <p>This version is a draft. The secretariat opens its consultation when the matrix is ready.</p>
        )
      ) : !version.consultationOpenedAt ? (
        <p>No consultation on this version was recorded in Capacitas (it was installed or imported as approved).</p>
      ) : (
        <dl className="stat-list">
          <div>
            <dt>Opened</dt>
            <dd>{version.consultationOpenedAt ? formatDate(version.consultationOpenedAt) : "—"}</dd>
          </div>
          <div>
            <dt>Comments until</dt>
            <dd>
              {version.consultationDeadline ? formatDate(new Date(`${version.consultationDeadline}T00:00:00Z`)) : "—"}
              {version.status === "IN_CONSULTATION" && version.isConsultationOver ? " (ended)" : ""}
            </dd>
          </div>
          <div>
            <dt>Institutions invited</dt>
            <dd>{invitees.institutions.map((institution) => institution.code).join(", ") || "None"}</dd>
          </div>
          <div>
            <dt>Working-group members invited</dt>
            <dd>{invitees.members.map((member) => member.name).join(", ") || "None"}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
