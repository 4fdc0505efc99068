import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MoveIndicatorForm, RetireIndicatorForm } from "@/components/matrix/editor-forms";
import { IndicatorDefinitionList } from "@/components/matrix/indicator-definition-list";
import { IndicatorEditorForm } from "@/components/matrix/indicator-editor-form";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { getDraftEditor, type EditorArea } from "@/lib/frameworks/editor/get-draft-editor";
import { indicatorFormValues } from "@/lib/frameworks/editor/indicator-form";

type Props = PageProps<"/frameworks/[code]/versions/[number]/indicators/[indicator]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { indicator } = await props.params;
  const t = await getTranslations("IndicatorEditorPage");
  return { title: t("title", { code: decodeURIComponent(indicator) }) };
}

/** One indicator of a version: its whole definition to edit (a draft), move or retire; read-only otherwise. */
export default async function IndicatorEditorPage(props: Props) {
  const { code, number, indicator: indicatorCode } = await props.params;
  const query = await props.searchParams;
  const [access, t] = await Promise.all([requirePageAccess("frameworks.manage"), getTranslations("IndicatorEditorPage")]);
  const editor = await getDraftEditor(access, { frameworkCode: decodeURIComponent(code), versionNumber: number }).catch(
    (error: unknown) => {
      if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      throw error;
    },
  );
  const wanted = decodeURIComponent(indicatorCode);
  const found = findIndicator(editor.areas, wanted);
  if (!found) notFound();
  const { indicator, area } = found;
  const version = { frameworkCode: editor.framework.code, versionNumber: editor.version.number, versionId: editor.version.id };
  const base = `/frameworks/${encodeURIComponent(editor.framework.code)}/versions/${editor.version.number}`;
  const values = indicatorFormValues(indicator.definition);
  const isNew = editor.version.basedOn !== null && indicator.identityId === indicator.id;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          {
            href: `/frameworks/${encodeURIComponent(editor.framework.code)}/versions`,
            label: t("breadcrumbVersions", { code: editor.framework.code }),
          },
          { href: `${base}#area-${area.code}`, label: t("breadcrumbVersion", { number: editor.version.number }) },
          { label: indicator.definition.code },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {t("eyebrow", { code: editor.framework.code, label: editor.version.label, area: area.code })}
        </p>
        <h1>
          <span className="code">{indicator.definition.code}</span> {indicator.definition.name}
        </h1>
      </div>
      {query.saved === "1" ? (
        <div className="notice notice--success" role="status">
          <p>{t("saved")}</p>
        </div>
      ) : null}
      {editor.version.isEditable ? (
        <>
          <div className="card">
            <IndicatorEditorForm
              mode="update"
              indicatorId={indicator.id}
              version={version}
              values={values}
              references={editor.references}
            />
          </div>
          <div className="two-columns">
            <div className="card">
              <MoveIndicatorForm
                version={version}
                indicatorId={indicator.id}
                areaId={area.id}
                position={area.indicators.indexOf(indicator)}
                areas={editor.areaList}
              />
            </div>
            <div className="card">
              <RetireIndicatorForm version={version} indicatorId={indicator.id} isNew={isNew} />
            </div>
          </div>
        </>
      ) : (
        <IndicatorDefinitionList values={values} />
      )}
    </>
  );
}

function findIndicator(
  areas: readonly EditorArea[],
  code: string,
): { indicator: EditorArea["indicators"][number]; area: EditorArea } | null {
  for (const area of areas) {
    const indicator = area.indicators.find((candidate) => candidate.definition.code === code);
    if (indicator) return { indicator, area };
    const below = findIndicator(area.areas, code);
    if (below) return below;
  }
  return null;
}
