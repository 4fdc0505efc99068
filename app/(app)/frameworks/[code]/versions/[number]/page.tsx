import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DraftEditorView } from "@/components/matrix/draft-editor-view";
import { LocalizedText } from "@/components/matrix/localized-text";
import { MissingTranslationsSection } from "@/components/matrix/missing-translations";
import { TranslationsImportForm } from "@/components/matrix/translations-import-form";
import { findWrongScripts } from "@/lib/matrix-translations/find-wrong-scripts";
import { summarizeMissingTranslations } from "@/lib/matrix-translations/summarize-missing-translations";
import { AddAreaForm } from "@/components/matrix/editor-forms";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { getDraftEditor } from "@/lib/frameworks/editor/get-draft-editor";

type Props = PageProps<"/frameworks/[code]/versions/[number]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code, number } = await props.params;
  const t = await getTranslations("VersionEditorPage");
  return { title: t("title", { code: decodeURIComponent(code), number }) };
}

/** The matrix editor: a draft's areas and indicators to change; any other status read-only. */
export default async function VersionEditorPage(props: Props) {
  const { code, number } = await props.params;
  const [access, t, locale] = await Promise.all([
    requirePageAccess("frameworks.manage"),
    getTranslations("VersionEditorPage"),
    getLocale(),
  ]);
  const editor = await getDraftEditor(access, { frameworkCode: decodeURIComponent(code), versionNumber: number }).catch(
    (error: unknown) => {
      if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      throw error;
    },
  );
  const frameworkBase = `/frameworks/${encodeURIComponent(editor.framework.code)}`;
  const version = { frameworkCode: editor.framework.code, versionNumber: editor.version.number, versionId: editor.version.id };
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          { href: frameworkBase, label: editor.framework.code },
          { href: `${frameworkBase}/versions`, label: t("breadcrumbVersions") },
          { label: t("breadcrumbVersion", { number: editor.version.number }) },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">{t("eyebrow", { code: editor.framework.code })}</p>
        <h1>
          {editor.version.isEditable
            ? t("headingEdit", { number: editor.version.number, label: editor.version.label })
            : t("headingRead", { number: editor.version.number, label: editor.version.label })}
        </h1>
        <p className="page-header__lead">
          <LocalizedText entity={editor.framework} />
        </p>
      </div>
      <ul className="action-list no-print">
        <li>
          <a
            className="button button--secondary"
            href={`/api/v1/frameworks/${encodeURIComponent(editor.framework.code)}/versions/${editor.version.number}/matrix.xlsx?locale=${locale}`}
          >
            {t("download")}
          </a>
        </li>
        {editor.version.basedOn ? (
          <li>
            <Link
              className="button button--secondary"
              href={`${frameworkBase}/versions?from=${editor.version.basedOn.number}&to=${editor.version.number}#comparison`}
            >
              {t("compareWith", { number: editor.version.basedOn.number })}
            </Link>
          </li>
        ) : null}
      </ul>
      <MissingTranslationsSection summary={summarizeMissingTranslations(editor.texts)} wrongScripts={findWrongScripts(editor.texts)} />
      <TranslationsImportForm
        frameworkCode={editor.framework.code}
        versionNumber={editor.version.number}
        isEditable={editor.version.isEditable}
      />
      <DraftEditorView
        editor={editor}
        addArea={editor.version.isEditable ? <AddAreaForm version={version} areas={editor.areaList} /> : null}
      />
    </>
  );
}
