import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MatrixImportForm } from "@/components/matrix/matrix-import-form";
import { NewFrameworkForm } from "@/components/matrix/new-framework-form";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NewFrameworkPage");
  return { title: t("title") };
}

/** A new framework: blank, a copy, a template, or imported from a matrix file. */
export default async function NewFrameworkPage() {
  const access = await requirePageAccess("frameworks.manage");
  const [frameworks, t, locale] = await Promise.all([listFrameworks(access), getTranslations("NewFrameworkPage"), getLocale()]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/frameworks", label: t("frameworks") }, { label: t("title") }]} />
      <div className="page-header">
        <h1>{t("title")}</h1>
        <p className="page-header__lead">
          {t.rich("lead", { link: (chunks) => <a href={`/api/v1/matrix-template.xlsx?locale=${locale}`}>{chunks}</a> })}
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
