import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { IndicatorEditorForm } from "@/components/matrix/indicator-editor-form";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { getDraftEditor } from "@/lib/frameworks/editor/get-draft-editor";
import { indicatorFormValues } from "@/lib/frameworks/editor/indicator-form";

export const metadata: Metadata = { title: "New indicator" };

type Props = PageProps<"/frameworks/[code]/versions/[number]/indicators/new">;

/** A new indicator in an area of a draft (?area=CODE). */
export default async function NewIndicatorPage(props: Props) {
  const { code, number } = await props.params;
  const query = await props.searchParams;
  const access = await requirePageAccess("frameworks.manage");
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
          { href: "/frameworks", label: "Frameworks" },
          { href: `${base}#area-${area.code}`, label: `${editor.framework.code} version ${editor.version.number}` },
          { label: "New indicator" },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {editor.framework.code} version {editor.version.label}
        </p>
        <h1>
          New indicator in {area.code} {area.name}
        </h1>
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
