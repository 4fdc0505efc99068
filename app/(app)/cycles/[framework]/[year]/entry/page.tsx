import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/indicators/format-value";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { AreaPicker } from "@/components/frameworks/area-picker";
import { LocalizedText } from "@/components/matrix/localized-text";
import { parseAreaViewQuery } from "@/lib/pages/parse-area-view-query";
import { EntryForm } from "./entry-form";
import { groupMissing } from "./entry-form-state";
import { UploadPanel } from "./upload-panel";

type Props = PageProps<"/cycles/[framework]/[year]/entry">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ framework, year }, t] = await Promise.all([props.params, getTranslations("EntryPage")]);
  return { title: t("metaTitle", { framework: decodeURIComponent(framework), year }) };
}

export default async function EntryPage(props: Props) {
  const params = await props.params;
  const [access, t, locale] = await Promise.all([requirePageAccess("values.enter"), getTranslations("EntryPage"), getInterfaceLocale()]);
  const target = { frameworkCode: decodeURIComponent(params.framework), year: Number(params.year) };
  if (!Number.isInteger(target.year)) notFound();
  // A large form is shown one area at a time (a whole one costs what it shows: hundreds of
  // inputs to render and hydrate); what is still empty elsewhere is listed before submitting.
  // The loader reads and formats the shown area only (decision 060).
  const view = parseAreaViewQuery(await props.searchParams);
  const form = await getEntryForm(access, target, locale, { area: view.area }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  const basePath = `/cycles/${encodeURIComponent(form.cycle.frameworkCode)}/${form.cycle.year}/entry`;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/cycles", label: t("breadcrumb") },
          {
            href: `/cycles/${encodeURIComponent(form.cycle.frameworkCode)}/${form.cycle.year}`,
            label: `${form.cycle.frameworkCode} ${form.cycle.year}`,
          },
          { label: t("breadcrumbValues", { institution: form.institution.code }) },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {/* A framework's name has no translations yet: marked as the original, like untranslated area names. */}
          <LocalizedText entity={{ name: form.cycle.frameworkName }} /> · {form.cycle.year}
        </p>
        <h1>{t("title", { institution: form.institution.name, year: form.cycle.year })}</h1>
        <p className="page-header__lead">
          {t("lead", { filled: form.counts.filled, rows: form.counts.rows, deadline: formatDate(form.cycle.submissionDeadline, locale) })}
        </p>
      </div>
      {form.cycle.status === "CLOSED" ? (
        <div className="notice">
          <p>{t("closed")}</p>
        </div>
      ) : (
        <details className="card upload-details">
          <summary>{t("spreadsheet")}</summary>
          <UploadPanel frameworkCode={form.cycle.frameworkCode} year={form.cycle.year} />
        </details>
      )}
      {form.areas.length === 0 ? (
        <p>{t("noIndicators")}</p>
      ) : !form.areaView ? (
        <EntryForm form={form} />
      ) : (
        <>
          <AreaPicker basePath={basePath} areas={form.areaView.areas} currentCode={form.areaView.current} label={t("areas")} />
          <p className="notice" role="note">
            {t("oneArea", { institution: form.institution.code })}
          </p>
          {/* The view is sent once, grouped (decision 050), not again inside the form. */}
          <EntryForm
            key={form.areaView.current}
            form={{ ...form, areaView: null }}
            missingElsewhere={groupMissing(form.areaView.missingElsewhere)}
          />
        </>
      )}
    </>
  );
}
