import type { ApprovalPosition } from "@/lib/generated/prisma/enums";

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
  const missing =
    counted.length < needed
      ? `${counted.length} of the ${invited.size} invited working-group members recorded a position; the quorum of ${input.quorumPercent} % needs ${needed}`
      : agree <= object
        ? `${agree} agree and ${object} object; approval needs more members agreeing than objecting`
        : null;
  return {
    quorumPercent: input.quorumPercent,
    invited: invited.size,
    needed,
    recorded: counted.length,
    agree,
    object,
    isMet: missing === null,
    missing,
  };
}
