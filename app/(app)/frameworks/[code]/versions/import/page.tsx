import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MatrixImportForm } from "@/components/matrix/matrix-import-form";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { workingVersionNumber } from "@/lib/frameworks/editor/working-version-number";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { listFrameworkVersions } from "@/lib/matrix/list-framework-versions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ImportVersionPage");
  return { title: t("title") };
}

type Props = PageProps<"/frameworks/[code]/versions/import">;

/** A matrix workbook imported as the framework's next draft, after a dry run that shows the problems or the diff. */
export default async function ImportVersionPage(props: Props) {
  const { code } = await props.params;
  const [access, t] = await Promise.all([requirePageAccess("frameworks.manage"), getTranslations("ImportVersionPage")]);
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
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          { href: `${base}/versions`, label: t("breadcrumbVersions", { code: framework.code }) },
          { label: t("breadcrumb") },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">{t("eyebrow", { code: framework.code })}</p>
        <h1>{t("title")}</h1>
        <p className="page-header__lead">{t("lead")}</p>
      </div>
      {workingNumber !== null ? (
        <div className="notice notice--warning" role="status">
          <p>{t("busy", { number: workingNumber })}</p>
        </div>
      ) : (
        <div className="card">
          <MatrixImportForm mode="new-draft" frameworkCode={framework.code} />
        </div>
      )}
    </>
  );
}
