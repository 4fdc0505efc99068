import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MatrixImportForm } from "@/components/matrix/matrix-import-form";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { workingVersionNumber } from "@/lib/frameworks/editor/working-version-number";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { listFrameworkVersions } from "@/lib/matrix/list-framework-versions";

export const metadata: Metadata = { title: "Import a matrix file" };

type Props = PageProps<"/frameworks/[code]/versions/import">;

/** A matrix workbook imported as the framework's next draft, after a dry run that shows the problems or the diff. */
export default async function ImportVersionPage(props: Props) {
  const { code } = await props.params;
  const access = await requirePageAccess("frameworks.manage");
  const framework = await requireFramework(access, decodeURIComponent(code)).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const workingNumber = workingVersionNumber(await listFrameworkVersions(access, framework.code));
  const base = `/frameworks/${encodeURIComponent(framework.code)}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: "Frameworks" },
          { href: `${base}/versions`, label: `${framework.code} versions` },
          { label: "Import" },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">Framework {framework.code}</p>
        <h1>Import a matrix file</h1>
        <p className="page-header__lead">
          The file becomes the next draft. Indicators keep their series by code; indicators of the version in force that the file leaves out
          are recorded as retired. Any problem refuses the whole file.
        </p>
      </div>
      {workingNumber !== null ? (
        <div className="notice notice--warning" role="status">
          <p>Version {workingNumber} is being worked on; a file can be imported once it is approved.</p>
        </div>
      ) : (
        <div className="card">
          <MatrixImportForm mode="new-draft" frameworkCode={framework.code} />
        </div>
      )}
    </>
  );
}
