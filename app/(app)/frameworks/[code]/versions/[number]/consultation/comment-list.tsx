import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/indicators/format-value";
import { toLocale } from "@/lib/i18n/locales";
import type { VersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { CommentForm, ResolveCommentForm, type VersionRef } from "./lifecycle-forms";

/** The consultation's comments with their answers, the secretariat's resolve forms and the invitees' comment form. */
export function CommentList({ lifecycle, versionRef, locale }: { lifecycle: VersionLifecycle; versionRef: VersionRef; locale: string }) {
  const t = useTranslations("CommentList");
  const { comments, version } = lifecycle;
  if (version.status === "DRAFT") return null;
  return (
    <section className="card lifecycle-section" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {lifecycle.openComments > 0
          ? t("headingOpen", { count: comments.length, open: lifecycle.openComments })
          : t("heading", { count: comments.length })}
      </h2>
      {comments.length === 0 ? <p className="muted">{t("none")}</p> : null}
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment__meta">
              <strong>{comment.authorName}</strong>
              {comment.institution ? ` (${comment.institution.code})` : ""}{" "}
              {comment.indicator
                ? t.rich("onIndicator", {
                    code: comment.indicator.code,
                    name: comment.indicator.name,
                    strong: (chunks) => <strong>{chunks}</strong>,
                  })
                : t.rich("onVersion", { strong: (chunks) => <strong>{chunks}</strong> })}
              , {formatDate(comment.createdAt, toLocale(locale))}
            </p>
            <p className="comment__body">{comment.body}</p>
            {comment.resolution ? (
              <p className="comment__meta">
                <span className={`status ${comment.resolution === "ACCEPTED" ? "status--approved" : "status--returned"}`}>
                  {comment.resolution === "ACCEPTED" ? t("accepted") : t("declined")}
                </span>{" "}
                {t("by", { name: comment.resolvedByName ?? t("formerMember") })}
                {comment.resolvedAt ? `, ${formatDate(comment.resolvedAt, toLocale(locale))}` : ""}: {comment.resolutionReason}
              </p>
            ) : lifecycle.can.resolve ? (
              <ResolveCommentForm version={versionRef} commentId={comment.id} authorName={comment.authorName} />
            ) : (
              <p className="comment__meta muted">{t("awaiting")}</p>
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
        <p className="muted">{t("onlyInvited")}</p>
      ) : null}
    </section>
  );
}
