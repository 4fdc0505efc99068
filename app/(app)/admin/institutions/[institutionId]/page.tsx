import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { listInstitutions } from "@/lib/institutions/list-institutions";
import { InstitutionActiveForm, RenameInstitutionForm } from "../institution-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("InstitutionAdminPage");
  return { title: t("title") };
}

export default async function InstitutionPage(props: PageProps<"/admin/institutions/[institutionId]">) {
  const { institutionId } = await props.params;
  const access = await requirePageAccess("institutions.manage");
  const [institutions, t] = await Promise.all([listInstitutions(access), getTranslations("InstitutionAdminPage")]);
  const institution = institutions.find((candidate) => candidate.id === institutionId);
  if (!institution) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin/institutions", label: t("institutions") }, { label: institution.code }]} />
      <div className="page-header">
        <p className="page-header__eyebrow">{t("eyebrow", { code: institution.code })}</p>
        <h1>{institution.name}</h1>
        <p className="page-header__lead">
          {t("lead", {
            indicators: institution.leadIndicatorCount,
            people: institution.memberCount,
            status: institution.isActive ? t("active") : t("deactivated"),
          })}
        </p>
      </div>
      <div className="card">
        <RenameInstitutionForm institutionId={institution.id} name={institution.name} />
      </div>
      <section className="section" aria-labelledby="status-heading">
        <h2 id="status-heading">{t("statusHeading")}</h2>
        <p>{t("statusIntro")}</p>
        <InstitutionActiveForm institutionId={institution.id} isActive={institution.isActive} />
      </section>
    </>
  );
}
