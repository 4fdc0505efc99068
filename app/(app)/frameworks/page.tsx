import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getVersionStatusLabels } from "@/app/_i18n/get-status-labels";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { can } from "@/lib/auth/authorize";
import { requirePageAccess } from "@/app/_access/require-page-access";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FrameworksPage");
  return { title: t("title") };
}

export default async function FrameworksPage() {
  const access = await requirePageAccess();
  const [frameworks, t, statusLabels] = await Promise.all([
    listFrameworks(access),
    getTranslations("FrameworksPage"),
    getVersionStatusLabels(),
  ]);

  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <p className="page-header__lead">{t("lead")}</p>
      </div>
      {can(access, "frameworks.manage") ? (
        <ul className="action-list no-print">
          <li>
            <Link className="button button--primary" href="/frameworks/new">
              {t("newFramework")}
            </Link>
          </li>
          <li>
            <Link className="button button--secondary" href="/frameworks/import">
              {t("importOpenSdg")}
            </Link>
          </li>
        </ul>
      ) : null}
      {frameworks.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-wrapper" tabIndex={0} role="region" aria-label={t("title")}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("code")}</th>
                <th scope="col">{t("framework")}</th>
                <th scope="col">{t("version")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col" className="numeric">
                  {t("areas")}
                </th>
                <th scope="col" className="numeric">
                  {t("indicators")}
                </th>
              </tr>
            </thead>
            <tbody>
              {frameworks.map((framework) => (
                <tr key={framework.code}>
                  <td className="code-cell">{framework.code}</td>
                  <td className="name-cell">
                    <Link href={`/frameworks/${encodeURIComponent(framework.code)}`}>{framework.name}</Link>
                    {framework.description ? <div className="muted">{framework.description}</div> : null}
                  </td>
                  <td>
                    {framework.version ?? "—"}
                    {can(access, "frameworks.manage") ? (
                      <>
                        {" "}
                        <Link href={`/frameworks/${encodeURIComponent(framework.code)}/versions`}>
                          {t.rich("versionsOf", {
                            code: framework.code,
                            hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                          })}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td>{framework.status ? <span className="status status--version">{statusLabels[framework.status]}</span> : "—"}</td>
                  <td className="numeric">{framework.areaCount}</td>
                  <td className="numeric">{framework.indicatorCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
