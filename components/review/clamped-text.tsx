/**
 * A long text (a narrative value, a comment) cut to its first `limit` characters, with a
 * "show more" that works without JavaScript (<details>): the review table keeps every row's
 * actions on screen however much an institution wrote (issue 14, trap 2).
 */
export function ClampedText({
  text,
  limit = 180,
  moreLabel,
  lessLabel,
}: {
  text: string;
  limit?: number;
  moreLabel: string;
  lessLabel: string;
}) {
  if (text.length <= limit) return <span className="clamped-text">{text}</span>;
  // Cut at a word boundary when there is one near the limit.
  const cut = text.lastIndexOf(" ", limit);
  const head = text.slice(0, cut > limit / 2 ? cut : limit);
  return (
    <details className="clamped-text">
      <summary>
        <span className="clamped-text__head">{head}… </span>
        <span className="clamped-text__more">{moreLabel}</span>
        <span className="clamped-text__less">{lessLabel}</span>
      </summary>
      <span className="clamped-text__full">{text}</span>
    </details>
  );
}
