import type { VersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { formatDate } from "@/lib/indicators/format-value";
import { CommentForm, ResolveCommentForm, type VersionRef } from "./lifecycle-forms";

/** The consultation's comments with their answers, the secretariat's resolve forms and the invitees' comment form. */
export function CommentList({ lifecycle, versionRef }: { lifecycle: VersionLifecycle; versionRef: VersionRef }) {
  const { comments, version } = lifecycle;
  if (version.status === "DRAFT") return null;
  return (
    <section className="card lifecycle-section" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        Comments ({comments.length}
        {lifecycle.openComments > 0 ? `, ${lifecycle.openComments} open` : ""})
      </h2>
      {comments.length === 0 ? <p className="muted">No comments yet.</p> : null}
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment__meta">
              <strong>{comment.authorName}</strong>
              {comment.institution ? ` (${comment.institution.code})` : ""} on{" "}
              {comment.indicator ? (
                <>
                  indicator <strong>{comment.indicator.code}</strong> {comment.indicator.name}
                </>
              ) : (
                <strong>the whole version</strong>
              )}
              , {formatDate(comment.createdAt)}
            </p>
            <p className="comment__body">{comment.body}</p>
            {comment.resolution ? (
              <p className="comment__meta">
                <span className={`status ${comment.resolution === "ACCEPTED" ? "status--approved" : "status--returned"}`}>
                  {comment.resolution === "ACCEPTED" ? "Accepted" : "Declined"}
                </span>{" "}
                by {comment.resolvedByName}
                {comment.resolvedAt ? `, ${formatDate(comment.resolvedAt)}` : ""}: {comment.resolutionReason}
              </p>
            ) : lifecycle.can.resolve ? (
              <ResolveCommentForm version={versionRef} commentId={comment.id} authorName={comment.authorName} />
            ) : (
              <p className="comment__meta muted">Awaiting the secretariat&apos;s answer.</p>
            )}
          </li>
        ))}
      </ol>
      {lifecycle.can.comment ? (
        <CommentForm
          version={versionRef}
          indicators={lifecycle.indicators.map((indicator) => ({ value: indicator.code, label: `${indicator.code} ${indicator.name}` }))}
        />
      ) : version.status === "IN_CONSULTATION" && !version.isConsultationOver ? (
        <p className="muted">Only the invited institutions and working-group members, and the secretariat, comment on this version.</p>
      ) : null}
    </section>
  );
}
