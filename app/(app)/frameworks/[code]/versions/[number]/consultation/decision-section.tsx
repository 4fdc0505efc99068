import type { VersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { formatDate } from "@/lib/indicators/format-value";
import { ApproveForm, PositionForm, QuorumForm, type VersionRef } from "./lifecycle-forms";

/** The working group's positions, the quorum and the decision (or its forms). */
export function DecisionSection({ lifecycle, versionRef }: { lifecycle: VersionLifecycle; versionRef: VersionRef }) {
  const { version, quorum, positions, choices } = lifecycle;
  const isDecided = version.status === "APPROVED" || version.status === "SUPERSEDED";
  if (version.status !== "VALIDATED" && !isDecided && !lifecycle.can.setQuorum) return null;
  return (
    <section className="card lifecycle-section" aria-labelledby="decision-heading">
      <h2 id="decision-heading">The working group&apos;s decision</h2>
      {isDecided ? (
        <>
          <p>
            Approved on {version.approvedAt ? formatDate(version.approvedAt) : "—"}
            {version.supersededAt ? `; superseded on ${formatDate(version.supersededAt)} by a newer version` : "; in force"}.
          </p>
          <h3>Minutes</h3>
          <p className="comment__body">{version.decisionMinutes ?? "Not recorded (approved before decisions were recorded here)."}</p>
          <h3>Who took part</h3>
          <p>{version.decisionParticipants.map((participant) => participant.name).join(", ") || "Not recorded."}</p>
        </>
      ) : null}
      {version.status === "VALIDATED" || (isDecided && positions.length > 0) ? (
        <>
          <dl className="stat-list">
            <div>
              <dt>Quorum</dt>
              <dd>
                {quorum.quorumPercent} % of {quorum.invited} invited: {quorum.needed} needed
              </dd>
            </div>
            <div>
              <dt>Positions recorded</dt>
              <dd>{quorum.recorded}</dd>
            </div>
            <div>
              <dt>Agree / object</dt>
              <dd>
                {quorum.agree} / {quorum.object}
              </dd>
            </div>
          </dl>
          {version.status === "VALIDATED" ? (
            <p role="status">{quorum.isMet ? "The quorum is met: the decision can be recorded." : `Not yet: ${quorum.missing}.`}</p>
          ) : null}
          <div className="table-wrapper" tabIndex={0} role="region" aria-label="Positions of the working group">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Position</th>
                  <th scope="col">Note</th>
                  <th scope="col">Recorded</th>
                </tr>
              </thead>
              <tbody>
                {positions.length === 0 ? (
                  <tr>
                    <td colSpan={4}>No position recorded yet.</td>
                  </tr>
                ) : null}
                {positions.map((position) => (
                  <tr key={position.userId}>
                    <th scope="row">{position.name}</th>
                    <td>{position.position === "AGREE" ? "Agrees" : "Objects"}</td>
                    <td>{position.note ?? ""}</td>
                    <td>{formatDate(position.recordedAt)}</td>
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
            label: `${person.name}${person.role === "SECRETARIAT" ? " (secretariat)" : ""}`,
          }))}
          defaultParticipants={positions.map((position) => position.userId)}
        />
      ) : null}
      {lifecycle.can.setQuorum && !isDecided ? <QuorumForm version={versionRef} quorumPercent={lifecycle.framework.quorumPercent} /> : null}
    </section>
  );
}
