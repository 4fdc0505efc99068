import { getTranslations } from "next-intl/server";
import type { AccessContext } from "@/lib/auth/access-context";
import { formatFileSize } from "@/lib/evidence/evidence-limits";
import { listValueEvidence } from "@/lib/evidence/list-value-evidence";
import { formatDateTime } from "@/lib/indicators/format-value";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { AddEvidenceForm, RemoveEvidenceForm } from "./evidence-forms";

/** The files that back a value, each a download; the form to attach more while the value may change. */
export async function EvidenceSection({ access, valueId }: { access: AccessContext; valueId: string }) {
  const [t, { files, canChange }, locale] = await Promise.all([
    getTranslations("Evidence"),
    listValueEvidence(access, valueId),
    getInterfaceLocale(),
  ]);
  return (
    <section className="section" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t("heading")}</h2>
      {files.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="evidence-heading">
          <table className="data-table evidence-table">
            <thead>
              <tr>
                <th scope="col">{t("file")}</th>
                <th scope="col">{t("type")}</th>
                <th scope="col">{t("size")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("when")}</th>
                {canChange ? (
                  <th scope="col">
                    <span className="visually-hidden">{t("remove")}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.id}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <a href={`/api/v1/evidence/${file.id}`} download={file.fileName}>
                      {file.fileName}
                    </a>
                  </th>
                  <td className="nowrap">{file.fileName.slice(file.fileName.lastIndexOf(".") + 1).toUpperCase()}</td>
                  <td className="nowrap">{formatFileSize(file.size)}</td>
                  <td>{file.uploadedByLabel}</td>
                  <td className="nowrap">{formatDateTime(file.createdAt, locale)}</td>
                  {canChange ? (
                    <td>
                      <RemoveEvidenceForm valueId={valueId} evidenceId={file.id} fileName={file.fileName} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canChange ? (
        <div className="card">
          <AddEvidenceForm valueId={valueId} />
        </div>
      ) : null}
    </section>
  );
}
