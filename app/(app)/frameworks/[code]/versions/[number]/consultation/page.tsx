import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/indicators/format-value";
import { localizedName } from "@/lib/i18n/localized-name";
import { toLocale } from "@/lib/i18n/locales";
import { getVersionStatusLabels } from "@/app/_i18n/get-status-labels";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { getVersionLifecycle, type VersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { CommentList } from "./comment-list";
import { DecisionSection } from "./decision-section";
import { OpenConsultationForm, ValidateForm, type VersionRef } from "./lifecycle-forms";

type Props = PageProps<"/frameworks/[code]/versions/[number]/consultation">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code, number } = await props.params;
  const t = await getTranslations("VersionConsultationPage");
  return { title: t("title", { code: decodeURIComponent(code), number }) };
}

const STEPS = ["DRAFT", "IN_CONSULTATION", "VALIDATED", "APPROVED"] as const;

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export default async function VersionConsultationPage(props: Props) {
  const { code, number } = await props.params;
  const { done } = await props.searchParams;
  const [access, t, statusLabels, locale] = await Promise.all([
    requirePageAccess(),
    getTranslations("VersionConsultationPage"),
    getVersionStatusLabels(),
    getLocale(),
  ]);
  // What the last step did, after the server action redirected here (app/actions/framework-versions.ts).
  const notices: Record<string, string> = {
    "consultation-opened": t("consultationOpened"),
    validated: t("validated"),
    approved: t("approved"),
  };
  const notice = typeof done === "string" ? notices[done] : undefined;
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
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          { href: frameworkHref, label: framework.code },
          { label: t("breadcrumb", { label: version.label }) },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {t("eyebrow", { code: framework.code, label: version.label })}{" "}
          <span className="status status--version">{statusLabels[version.status]}</span>
        </p>
        <h1>{t("heading", { label: version.label })}</h1>
        <p className="page-header__lead">{t("lead", { name: localizedName(framework, toLocale(locale)).text })}</p>
        <ol className="lifecycle-steps" aria-label={t("steps")}>
          {STEPS.map((step) => (
            <li key={step} aria-current={step === currentStep ? "step" : undefined}>
              {statusLabels[step]}
            </li>
          ))}
        </ol>
      </div>

      {notice ? (
        <div className="notice notice--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <ConsultationSection lifecycle={lifecycle} versionRef={ref} locale={locale} />
      <CommentList lifecycle={lifecycle} versionRef={ref} locale={locale} />
      {version.status === "IN_CONSULTATION" && (lifecycle.can.resolve || lifecycle.can.validate) ? (
        <section className="card lifecycle-section" aria-labelledby="validate-heading">
          <h2 id="validate-heading">{t("validation")}</h2>
          {lifecycle.can.validate ? (
            <>
              <p>{t("canValidate")}</p>
              <ValidateForm version={ref} />
            </>
          ) : (
            <p>{t("stillOpen", { count: lifecycle.openComments })}</p>
          )}
        </section>
      ) : null}
      <DecisionSection lifecycle={lifecycle} versionRef={ref} locale={locale} />
      <p>
        <Link href={frameworkHref}>{t("back", { code: framework.code })}</Link>
      </p>
    </>
  );
}

function ConsultationSection({ lifecycle, versionRef, locale }: { lifecycle: VersionLifecycle; versionRef: VersionRef; locale: string }) {
  const t = useTranslations("ConsultationSection");
  const { version, invitees, choices } = lifecycle;
  return (
    <section className="card lifecycle-section" aria-labelledby="consultation-heading">
      <h2 id="consultation-heading">{t("heading")}</h2>
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
          <p>{t("draft")}</p>
        )
      ) : !version.consultationOpenedAt ? (
        <p>{t("none")}</p>
      ) : (
        <dl className="stat-list">
          <div>
            <dt>{t("opened")}</dt>
            <dd>{version.consultationOpenedAt ? formatDate(version.consultationOpenedAt, toLocale(locale)) : "—"}</dd>
          </div>
          <div>
            <dt>{t("until")}</dt>
            <dd>
              {version.consultationDeadline ? formatDate(new Date(`${version.consultationDeadline}T00:00:00Z`), toLocale(locale)) : "—"}
              {version.status === "IN_CONSULTATION" && version.isConsultationOver ? ` ${t("ended")}` : ""}
            </dd>
          </div>
          <div>
            <dt>{t("institutions")}</dt>
            <dd>{invitees.institutions.map((institution) => institution.code).join(", ") || t("nobody")}</dd>
          </div>
          <div>
            <dt>{t("members")}</dt>
            <dd>{invitees.members.map((member) => member.name ?? t("formerMember")).join(", ") || t("nobody")}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
