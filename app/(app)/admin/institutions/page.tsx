import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { listInstitutions } from "@/lib/institutions/list-institutions";
import { CreateInstitutionForm } from "./institution-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("InstitutionsAdminPage");
  return { title: t("title") };
}

export default async function InstitutionsPage() {
  const access = await requirePageAccess("institutions.manage");
  const [institutions, t] = await Promise.all([listInstitutions(access), getTranslations("InstitutionsAdminPage")]);
  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <p className="page-header__lead">{t("lead")}</p>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label={t("title")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("code")}</th>
              <th scope="col">{t("name")}</th>
              <th scope="col" className="numeric">
                {t("leads")}
              </th>
              <th scope="col" className="numeric">
                {t("people")}
              </th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {institutions.map((institution) => (
              <tr key={institution.id}>
                <td className="code-cell">{institution.code}</td>
                <th scope="row" style={{ fontWeight: 400 }}>
                  <Link href={`/admin/institutions/${institution.id}`}>{institution.name}</Link>
                </th>
                <td className="numeric">{institution.leadIndicatorCount}</td>
                <td className="numeric">{institution.memberCount}</td>
                <td>{institution.isActive ? t("active") : t("deactivated")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <CreateInstitutionForm />
      </div>
    </>
  );
}
