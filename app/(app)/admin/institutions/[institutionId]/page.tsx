import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { listInstitutions } from "@/lib/institutions/list-institutions";
import { InstitutionActiveForm, RenameInstitutionForm } from "../institution-forms";

export const metadata: Metadata = { title: "Institution" };

export default async function InstitutionPage(props: PageProps<"/admin/institutions/[institutionId]">) {
  const { institutionId } = await props.params;
  const access = await requirePageAccess("institutions.manage");
  const institution = (await listInstitutions(access)).find((candidate) => candidate.id === institutionId);
  if (!institution) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: "/admin/institutions", label: "Institutions" }, { label: institution.code }]} />
      <div className="page-header">
        <p className="page-header__eyebrow">Institution {institution.code}</p>
        <h1>{institution.name}</h1>
        <p className="page-header__lead">
          Leads {institution.leadIndicatorCount} indicators · {institution.memberCount} people ·{" "}
          {institution.isActive ? "active" : "deactivated"}
        </p>
      </div>
      <div className="card">
        <RenameInstitutionForm institutionId={institution.id} name={institution.name} />
      </div>
      <section className="section" aria-labelledby="status-heading">
        <h2 id="status-heading">Status</h2>
        <p>A deactivated institution keeps its indicators and values; its focal points can no longer act for it.</p>
        <InstitutionActiveForm institutionId={institution.id} isActive={institution.isActive} />
      </section>
    </>
  );
}
