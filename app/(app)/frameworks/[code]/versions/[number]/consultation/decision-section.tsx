import { useTranslations } from "next-intl";
import { useLibText } from "@/components/i18n/use-lib-text";
import { formatDate } from "@/lib/indicators/format-value";
import { toLocale } from "@/lib/i18n/locales";
import type { VersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { ApproveForm, PositionForm, QuorumForm, type VersionRef } from "./lifecycle-forms";

/** The working group's positions, the quorum and the decision (or its forms). */
export function DecisionSection({
  lifecycle,
  versionRef,
  locale,
}: {
  lifecycle: VersionLifecycle;
  versionRef: VersionRef;
  locale: string;
}) {
  const t = useTranslations("DecisionSection");
  const libText = useLibText();
  const formatLong = (date: Date) => formatDate(date, toLocale(locale));
  const { version, quorum, positions, choices } = lifecycle;
  const isDecided = version.status === "APPROVED" || version.status === "SUPERSEDED";
  if (version.status !== "VALIDATED" && !isDecided && !lifecycle.can.setQuorum) return null;
  return (
    <section className="card lifecycle-section" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t("heading")}</h2>
      {isDecided ? (
        <>
          <p>
            {version.supersededAt
              ? t("approvedSuperseded", {
                  approved: version.approvedAt ? formatLong(version.approvedAt) : "—",
                  superseded: formatLong(version.supersededAt),
                })
              : t("approvedInForce", { approved: version.approvedAt ? formatLong(version.approvedAt) : "—" })}
          </p>
          <h3>{t("minutes")}</h3>
          <p className="comment__body">{version.decisionMinutes ?? t("noMinutes")}</p>
          <h3>{t("participants")}</h3>
          <p>{version.decisionParticipants.map((participant) => participant.name).join(", ") || t("notRecorded")}</p>
        </>
      ) : null}
      {version.status === "VALIDATED" || (isDecided && positions.length > 0) ? (
        <>
          <dl className="stat-list">
            <div>
              <dt>{t("quorum")}</dt>
              <dd>{t("quorumValue", { percent: quorum.quorumPercent, invited: quorum.invited, needed: quorum.needed })}</dd>
            </div>
            <div>
              <dt>{t("recorded")}</dt>
              <dd>{quorum.recorded}</dd>
            </div>
            <div>
              <dt>{t("agreeObject")}</dt>
              <dd>
                {quorum.agree} / {quorum.object}
              </dd>
            </div>
          </dl>
          {version.status === "VALIDATED" ? (
            <p role="status">
              {quorum.isMet ? t("quorumMet") : t("notYet", { missing: quorum.missingText ? libText(quorum.missingText) : "" })}
            </p>
          ) : null}
          <div className="table-wrapper" tabIndex={0} role="region" aria-label={t("positions")}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("member")}</th>
                  <th scope="col">{t("position")}</th>
                  <th scope="col">{t("note")}</th>
                  <th scope="col">{t("recordedOn")}</th>
                </tr>
              </thead>
              <tbody>
                {positions.length === 0 ? (
                  <tr>
                    <td colSpan={4}>{t("noPosition")}</td>
                  </tr>
                ) : null}
                {positions.map((position) => (
                  <tr key={position.userId}>
                    <th scope="row">{position.name}</th>
                    <td>{position.position === "AGREE" ? t("agrees") : t("objects")}</td>
                    <td>{position.note ?? ""}</td>
                    <td>{formatLong(position.recordedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {lifecycle.can.recordPosition ? <PositionForm version={versionRef} current={lifecycle.myPosition} /> : null}
      {lifecycle.can.approve ? (
        <ApproveForm
          version={versionRef}
          participants={choices.participants.map((person) => ({
            value: person.userId,
            label: person.role === "SECRETARIAT" ? t("secretariatMember", { name: person.name }) : person.name,
          }))}
          defaultParticipants={positions.map((position) => position.userId)}
        />
      ) : null}
      {lifecycle.can.setQuorum && !isDecided ? <QuorumForm version={versionRef} quorumPercent={lifecycle.framework.quorumPercent} /> : null}
    </section>
  );
}
