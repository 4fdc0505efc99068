import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MatrixImportForm } from "@/components/matrix/matrix-import-form";
import { NewFrameworkForm } from "@/components/matrix/new-framework-form";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";

export const metadata: Metadata = { title: "New framework" };

/** A new framework: blank, a copy, a template, or imported from a matrix file. */
export default async function NewFrameworkPage() {
  const access = await requirePageAccess("frameworks.manage");
  const frameworks = await listFrameworks(access);
  return (
    <>
      <Breadcrumbs items={[{ href: "/frameworks", label: "Frameworks" }, { label: "New framework" }]} />
      <div className="page-header">
        <h1>New framework</h1>
        <p className="page-header__lead">
          The first version is a draft for the secretariat to edit, then to consult on and have approved.{" "}
          <a href="/api/v1/matrix-template.xlsx">Download the blank Excel template</a>.
        </p>
      </div>
      <div className="two-columns">
        <div className="card">
          <NewFrameworkForm frameworks={frameworks.map((framework) => ({ code: framework.code, name: framework.name }))} />
        </div>
        <div className="card">
          <MatrixImportForm mode="new-framework" />
        </div>
      </div>
    </>
  );
}
