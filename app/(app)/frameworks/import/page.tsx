import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OpenSdgImportForm } from "@/components/imports/open-sdg-import-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { DEFAULT_OPEN_SDG_FRAMEWORK_NAME } from "@/lib/open-sdg/plan-open-sdg-import";
import { DEFAULT_OPEN_SDG_FRAMEWORK_CODE, MAX_OPEN_SDG_ZIP_BYTES } from "@/lib/open-sdg/start-open-sdg-import";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OpenSdgImportPage");
  return { title: t("title") };
}

export default async function OpenSdgImportPage() {
  await requirePageAccess("frameworks.manage");
  const t = await getTranslations("OpenSdgImportPage");
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <>
      <Breadcrumbs items={[{ href: "/frameworks", label: t("frameworks") }, { label: t("title") }]} />
      <div className="page-header">
        <h1>{t("title")}</h1>
        <p className="page-header__lead">{t("lead")}</p>
      </div>
      <div className="card">
        <p>{t.rich("instructions", { code })}</p>
        <OpenSdgImportForm
          defaultCode={DEFAULT_OPEN_SDG_FRAMEWORK_CODE}
          defaultName={DEFAULT_OPEN_SDG_FRAMEWORK_NAME}
          maxBytes={MAX_OPEN_SDG_ZIP_BYTES}
        />
      </div>
    </>
  );
}
