import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AddAreaForm, DeleteAreaForm, MoveAreaForm, RenameAreaForm } from "@/components/matrix/editor-forms";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { getDraftEditor, type EditorArea } from "@/lib/frameworks/editor/get-draft-editor";

type Props = PageProps<"/frameworks/[code]/versions/[number]/areas/[area]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { area } = await props.params;
  const t = await getTranslations("AreaEditorPage");
  return { title: t("title", { code: decodeURIComponent(area) }) };
}

/** One area of a draft: rename, move or reorder, delete when empty, add a sub-area. */
export default async function AreaEditorPage(props: Props) {
  const { code, number, area: areaCode } = await props.params;
  const [access, t] = await Promise.all([requirePageAccess("frameworks.manage"), getTranslations("AreaEditorPage")]);
  const editor = await getDraftEditor(access, { frameworkCode: decodeURIComponent(code), versionNumber: number }).catch(
    (error: unknown) => {
      if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      throw error;
    },
  );
  const found = findArea(editor.areas, decodeURIComponent(areaCode), editor.areas);
  if (!found || !editor.version.isEditable) notFound();
  const { area, siblings } = found;
  const version = { frameworkCode: editor.framework.code, versionNumber: editor.version.number, versionId: editor.version.id };
  const base = `/frameworks/${encodeURIComponent(editor.framework.code)}/versions/${editor.version.number}`;
  const translations = Object.entries(area.nameTranslations ?? {})
    .map(([language, name]) => `${language}: ${name}`)
    .join("\n");
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          {
            href: `${base}#area-${area.code}`,
            label: t("breadcrumbVersion", { code: editor.framework.code, number: editor.version.number }),
          },
          { label: t("title", { code: area.code }) },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">{t("eyebrow", { code: editor.framework.code, label: editor.version.label })}</p>
        <h1>
          <span className="code">{area.code}</span> {area.name}
        </h1>
        <p className="page-header__lead">{t("lead", { indicators: area.indicators.length, areas: area.areas.length })}</p>
      </div>
      <div className="card">
        <RenameAreaForm version={version} area={{ id: area.id, name: area.name, description: area.description, translations }} />
      </div>
      <div className="two-columns">
        <div className="card">
          <MoveAreaForm
            version={version}
            areaId={area.id}
            parentId={area.parentId}
            position={siblings.indexOf(area)}
            areas={editor.areaList.filter((candidate) => candidate.id !== area.id)}
          />
        </div>
        <div className="card">
          <DeleteAreaForm version={version} areaId={area.id} isEmpty={area.indicators.length === 0 && area.areas.length === 0} />
        </div>
      </div>
      <AddAreaForm version={version} areas={editor.areaList} parentId={area.id} />
    </>
  );
}

function findArea(
  areas: readonly EditorArea[],
  code: string,
  siblings: readonly EditorArea[],
): { area: EditorArea; siblings: readonly EditorArea[] } | null {
  for (const area of areas) {
    if (area.code === code) return { area, siblings };
    const below = findArea(area.areas, code, area.areas);
    if (below) return below;
  }
  return null;
}
