import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/indicators/format-value";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { localizedName } from "@/lib/i18n/localized-name";
import { toLocale } from "@/lib/i18n/locales";
import { getVersionStatusLabels } from "@/app/_i18n/get-status-labels";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { NewDraftForm } from "@/components/matrix/editor-forms";
import { VersionDiff } from "@/components/matrix/version-diff";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { workingVersionNumber } from "@/lib/frameworks/editor/working-version-number";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { compareFrameworkVersions } from "@/lib/matrix/compare-framework-versions";
import { listFrameworkVersions } from "@/lib/matrix/list-framework-versions";

type Props = PageProps<"/frameworks/[code]/versions">;

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code } = await props.params;
  const t = await getTranslations("VersionsPage");
  return { title: t("title", { code: decodeURIComponent(code) }) };
}

/** A framework's versions with their statuses: open, download, start the next draft, compare two. */
export default async function VersionsPage(props: Props) {
  const { code } = await props.params;
  const query = await props.searchParams;
  const [access, t, statusLabels, locale] = await Promise.all([
    requirePageAccess("frameworks.manage"),
    getTranslations("VersionsPage"),
    getVersionStatusLabels(),
    getLocale(),
  ]);
  const framework = await requireFramework(access, decodeURIComponent(code)).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const versions = await listFrameworkVersions(access, framework.code);
  const workingNumber = workingVersionNumber(versions);
  const base = `/frameworks/${encodeURIComponent(framework.code)}`;
  const inForce = versions.find((version) => version.isInForce);
  const from = Number(query.from ?? versions[1]?.number ?? NaN);
  const to = Number(query.to ?? versions[0]?.number ?? NaN);
  const comparison =
    Number.isInteger(from) && Number.isInteger(to) && from !== to
      ? await compareFrameworkVersions(access, framework.code, { from, to }).catch((error: unknown) => {
          // A refused comparison (a code mapping that does not fit) reads in the page's language.
          if (isAppError(error)) return libTranslator(toLocale(locale)).then((lib) => lib.error(error).message);
          throw error;
        })
      : null;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          { href: base, label: framework.code },
          { label: t("breadcrumbVersions") },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">{t("eyebrow", { code: framework.code })}</p>
        <h1>{t("heading", { name: localizedName(framework, toLocale(locale)).text })}</h1>
        <p className="page-header__lead">{t("lead")}</p>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label={t("tableLabel")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("version")}</th>
              <th scope="col">{t("label")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("basedOn")}</th>
              <th scope="col" className="numeric">
                {t("indicators")}
              </th>
              <th scope="col">{t("approved")}</th>
              <th scope="col">{t("excel")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.number}>
                <td>
                  <Link href={`${base}/versions/${version.number}`}>
                    {version.status === "DRAFT"
                      ? t.rich("openToEdit", { number: version.number, hidden })
                      : t.rich("openToRead", { number: version.number, hidden })}
                  </Link>
                </td>
                <td>{version.label}</td>
                <td>
                  <span className="status status--version">{statusLabels[version.status]}</span>
                  {version.isInForce ? <span className="muted"> {t("inForce")}</span> : null}
                </td>
                <td>{version.basedOn ? t("versionNumber", { number: version.basedOn }) : "—"}</td>
                <td className="numeric">{version.indicatorCount}</td>
                <td>{version.approvedAt ? formatDate(version.approvedAt, toLocale(locale)) : "—"}</td>
                <td>
                  <a
                    href={`/api/v1/frameworks/${encodeURIComponent(framework.code)}/versions/${version.number}/matrix.xlsx?locale=${locale}`}
                  >
                    {t.rich("download", { number: version.number, hidden })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="two-columns">
        {workingNumber !== null ? (
          <div className="card">
            <h2>{t("workingVersion")}</h2>
            <p>
              {t.rich("workingVersionText", {
                number: workingNumber,
                link: (chunks) => <Link href={`${base}/versions/${workingNumber}`}>{chunks}</Link>,
              })}
            </p>
          </div>
        ) : inForce ? (
          <NewDraftForm
            frameworkCode={framework.code}
            inForceLabel={inForce.label}
            suggestedLabel={String((versions[0]?.number ?? 0) + 1)}
          />
        ) : null}
        <div className="card">
          <h2>{t("excel")}</h2>
          <ul className="plain-list">
            {workingNumber === null ? (
              <li>
                <Link href={`${base}/versions/import`}>{t("importFile")}</Link>
              </li>
            ) : null}
            <li>
              <a href={`/api/v1/matrix-template.xlsx?locale=${locale}`}>{t("template")}</a>
            </li>
          </ul>
        </div>
      </div>

      {versions.length > 1 ? (
        <section className="section" aria-labelledby="comparison">
          <h2 id="comparison">{t("compareHeading")}</h2>
          <form method="get" className="card no-print form-row" action={`${base}/versions#comparison`}>
            {(["from", "to"] as const).map((side) => (
              <div className="field" key={side}>
                <label htmlFor={`compare-${side}`}>{side === "from" ? t("older") : t("newer")}</label>
                <select id={`compare-${side}`} name={side} defaultValue={String(side === "from" ? from : to)} className="input">
                  {versions.map((version) => (
                    <option key={version.number} value={version.number}>
                      {t("option", { number: version.number, label: version.label })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="button button--secondary">
              {t("compare")}
            </button>
          </form>
          {typeof comparison === "string" ? (
            <p className="field__error" role="alert">
              {comparison}
            </p>
          ) : comparison ? (
            <VersionDiff diff={comparison} />
          ) : (
            <p className="muted">{t("chooseTwo")}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
