import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { listInstitutions } from "@/lib/institutions/list-institutions";
import { CreateInstitutionForm } from "./institution-forms";

export const metadata: Metadata = { title: "Institutions" };

export default async function InstitutionsPage() {
  const access = await requirePageAccess("institutions.manage");
  const institutions = await listInstitutions(access);
  return (
    <>
      <div className="page-header">
        <h1>Institutions</h1>
        <p className="page-header__lead">The ministries and agencies that lead or contribute to indicators.</p>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label="Institutions">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Name</th>
              <th scope="col" className="numeric">
                Leads indicators
              </th>
              <th scope="col" className="numeric">
                People
              </th>
              <th scope="col">Status</th>
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
                <td>{institution.isActive ? "Active" : "Deactivated"}</td>
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
