import type { ApprovalPosition } from "@/lib/generated/prisma/enums";
import { libText, type LibText } from "@/lib/i18n/lib-text";

export type QuorumStatus = {
  quorumPercent: number;
  /** Working-group members invited to the consultation: the ones whose positions count. */
  invited: number;
  /** Positions needed: quorumPercent % of the invited members, rounded up, at least one. */
  needed: number;
  recorded: number;
  agree: number;
  object: number;
  isMet: boolean;
  /** What is missing, in words, when the quorum is not met. */
  missing: string | null;
  /** The same, worded in the reader's language (decision 035). */
  missingText: LibText | null;
};

/**
 * The approval rule (docs/decisions/018): at least quorumPercent % of the invited
 * working-group members have recorded a position, and more of them agree than object.
 */
export function computeQuorum(input: {
  quorumPercent: number;
  invitedUserIds: readonly string[];
  votes: readonly { userId: string; position: ApprovalPosition }[];
}): QuorumStatus {
  const invited = new Set(input.invitedUserIds);
  const counted = input.votes.filter((vote) => invited.has(vote.userId));
  const agree = counted.filter((vote) => vote.position === "AGREE").length;
  const object = counted.length - agree;
  const needed = Math.max(1, Math.ceil((invited.size * input.quorumPercent) / 100));
  const missingText =
    counted.length < needed
      ? libText("errors.quorumTooFewPositions", {
          recorded: counted.length,
          invited: invited.size,
          percent: input.quorumPercent,
          needed,
        })
      : agree <= object
        ? libText("errors.quorumMoreAgreeing", { agree, object })
        : null;
  const missing = missingText?.english ?? null;
  return {
    quorumPercent: input.quorumPercent,
    invited: invited.size,
    needed,
    recorded: counted.length,
    agree,
    object,
    isMet: missing === null,
    missing,
    missingText,
  };
}
