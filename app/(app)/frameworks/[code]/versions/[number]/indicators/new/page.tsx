import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { IndicatorEditorForm } from "@/components/matrix/indicator-editor-form";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { getDraftEditor } from "@/lib/frameworks/editor/get-draft-editor";
import { indicatorFormValues } from "@/lib/frameworks/editor/indicator-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NewIndicatorPage");
  return { title: t("title") };
}

type Props = PageProps<"/frameworks/[code]/versions/[number]/indicators/new">;

/** A new indicator in an area of a draft (?area=CODE). */
export default async function NewIndicatorPage(props: Props) {
  const { code, number } = await props.params;
  const query = await props.searchParams;
  const [access, t] = await Promise.all([requirePageAccess("frameworks.manage"), getTranslations("NewIndicatorPage")]);
  const editor = await getDraftEditor(access, { frameworkCode: decodeURIComponent(code), versionNumber: number }).catch(
    (error: unknown) => {
      if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      throw error;
    },
  );
  const area = editor.areaList.find((candidate) => candidate.code === query.area);
  if (!area || !editor.version.isEditable) notFound();
  const base = `/frameworks/${encodeURIComponent(editor.framework.code)}/versions/${editor.version.number}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          {
            href: `${base}#area-${area.code}`,
            label: t("breadcrumbVersion", { code: editor.framework.code, number: editor.version.number }),
          },
          { label: t("title") },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">{t("eyebrow", { code: editor.framework.code, label: editor.version.label })}</p>
        <h1>{t("heading", { code: area.code, name: area.name })}</h1>
      </div>
      <div className="card">
        <IndicatorEditorForm
          mode="create"
          areaId={area.id}
          version={{ frameworkCode: editor.framework.code, versionNumber: editor.version.number, versionId: editor.version.id }}
          values={indicatorFormValues(null)}
          references={editor.references}
        />
      </div>
    </>
  );
}
