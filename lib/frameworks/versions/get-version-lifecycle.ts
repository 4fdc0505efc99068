import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import type { AccessContext } from "@/lib/auth/access-context";
import { can, requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import type { ApprovalPosition, CommentResolution, FrameworkVersionStatus } from "@/lib/generated/prisma/enums";
import type { DecisionParticipant } from "./approve-version";
import { isInvitedMember, isInvitedToComment, isPastDeadline } from "./consultation-invitation";
import { computeQuorum, type QuorumStatus } from "./quorum";
import { versionLifecycleTargetSchema } from "./schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

type Person = { userId: string; name: string };

export type VersionLifecycle = {
  /** `nameTranslations` by language (decision 042). */
  framework: { code: string; name: string; nameTranslations: unknown; quorumPercent: number };
  version: {
    id: string;
    number: number;
    label: string;
    status: FrameworkVersionStatus;
    consultationOpenedAt: Date | null;
    /** YYYY-MM-DD; comments are taken until the end of that day (UTC). */
    consultationDeadline: string | null;
    isConsultationOver: boolean;
    validatedAt: Date | null;
    approvedAt: Date | null;
    supersededAt: Date | null;
    decisionMinutes: string | null;
    decisionParticipants: DecisionParticipant[];
  };
  indicators: { code: string; name: string }[];
  /** A member's name is null when they have left the workspace: the page names them "former member" in its language. */
  invitees: { institutions: { code: string; name: string }[]; members: { userId: string; name: string | null }[] };
  comments: {
    id: string;
    indicator: { code: string; name: string } | null;
    authorName: string;
    institution: { code: string; name: string } | null;
    body: string;
    createdAt: Date;
    resolution: CommentResolution | null;
    resolutionReason: string | null;
    /** Null when nobody resolved it, or when who did has left the workspace (the page names them "former member"). */
    resolvedByName: string | null;
    resolvedAt: Date | null;
  }[];
  openComments: number;
  positions: (Person & { position: ApprovalPosition; note: string | null; recordedAt: Date })[];
  quorum: QuorumStatus;
  /** What the person reading may do next; each operation checks again when it runs. */
  can: {
    openConsultation: boolean;
    comment: boolean;
    resolve: boolean;
    validate: boolean;
    recordPosition: boolean;
    approve: boolean;
    setQuorum: boolean;
  };
  myPosition: { position: ApprovalPosition; note: string | null } | null;
  /** The people and institutions the secretariat's forms choose from (empty for everyone else). */
  choices: { institutions: { code: string; name: string }[]; workingGroupMembers: Person[]; participants: (Person & { role: string })[] };
};

/** The lifecycle of one version, for its consultation page: a fixed number of queries, whatever the counts. */
export async function getVersionLifecycle(access: AccessContext, raw: unknown): Promise<VersionLifecycle> {
  requirePermission(access, "frameworks.read");
  const target = parseOrThrow(versionLifecycleTargetSchema, raw, libText("errors.chooseFrameworkVersion"));
  const scoped = inWorkspace(access.workspace.id);
  const framework = await scoped.framework.findFirst({
    where: { code: target.frameworkCode },
    select: {
      code: true,
      name: true,
      nameTranslations: true,
      quorumPercent: true,
      versions: {
        where: { number: target.versionNumber },
        include: {
          invitees: { select: { institutionId: true, userId: true } },
          comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
          votes: { orderBy: { userLabel: "asc" } },
        },
      },
    },
  });
  const version = framework?.versions[0];
  if (!framework || !version)
    throw new AppError(
      "NOT_FOUND",
      libText("errors.noSuchVersion", { number: String(target.versionNumber), framework: target.frameworkCode }),
    );

  const isManager = can(access, "framework-versions.manage");
  const userIds = [
    ...version.invitees.flatMap((invitee) => (invitee.userId ? [invitee.userId] : [])),
    ...version.comments.flatMap((comment) => (comment.resolvedById ? [comment.resolvedById] : [])),
  ];
  const [indicators, institutions, users, members] = await Promise.all([
    db.indicator.findMany({ where: { versionId: version.id }, select: { id: true, code: true, name: true } }),
    scoped.institution.findMany({
      select: { id: true, code: true, name: true, isActive: true },
      orderBy: { code: "asc" },
    }),
    db.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, name: true } }),
    isManager
      ? scoped.membership.findMany({
          where: { isActive: true, role: { in: ["WORKING_GROUP", "SECRETARIAT"] } },
          select: { userId: true, role: true, user: { select: { name: true } } },
          orderBy: { user: { name: "asc" } },
        })
      : Promise.resolve([]),
  ]);
  indicators.sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const institutionById = new Map(institutions.map((institution) => [institution.id, institution]));
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  const invitedUserIds = version.invitees.flatMap((invitee) => (invitee.userId ? [invitee.userId] : []));

  const quorum = computeQuorum({ quorumPercent: framework.quorumPercent, invitedUserIds, votes: version.votes });
  const isConsultationOver = isPastDeadline(version.consultationDeadline);
  const openComments = version.comments.filter((comment) => !comment.resolution).length;
  const mine = version.votes.find((vote) => vote.userId === access.user.id);
  const pick = <T extends { code: string; name: string }>(row: T) => ({ code: row.code, name: row.name });

  return {
    framework: {
      code: framework.code,
      name: framework.name,
      nameTranslations: framework.nameTranslations,
      quorumPercent: framework.quorumPercent,
    },
    version: {
      id: version.id,
      number: version.number,
      label: version.label,
      status: version.status,
      consultationOpenedAt: version.consultationOpenedAt,
      consultationDeadline: version.consultationDeadline?.toISOString().slice(0, 10) ?? null,
      isConsultationOver,
      validatedAt: version.validatedAt,
      approvedAt: version.approvedAt,
      supersededAt: version.supersededAt,
      decisionMinutes: version.decisionMinutes,
      decisionParticipants: (version.decisionParticipants as DecisionParticipant[] | null) ?? [],
    },
    indicators: indicators.map(pick),
    invitees: {
      // By code: the rows come in no defined order (PostgreSQL's differs from SQLite's).
      institutions: version.invitees
        .flatMap((invitee) => {
          const institution = invitee.institutionId ? institutionById.get(invitee.institutionId) : undefined;
          return institution ? [pick(institution)] : [];
        })
        .sort((a, b) => a.code.localeCompare(b.code)),
      members: invitedUserIds
        .map((userId) => ({ userId, name: nameOf.get(userId) ?? null }))
        // Former members (no name) last.
        .sort((a, b) => (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff")),
    },
    comments: version.comments.map((comment) => {
      const indicator = comment.indicatorId ? indicatorById.get(comment.indicatorId) : undefined;
      const institution = comment.institutionId ? institutionById.get(comment.institutionId) : undefined;
      return {
        id: comment.id,
        indicator: indicator ? pick(indicator) : null,
        authorName: comment.authorLabel,
        institution: institution ? pick(institution) : null,
        body: comment.body,
        createdAt: comment.createdAt,
        resolution: comment.resolution,
        resolutionReason: comment.resolutionReason,
        resolvedByName: comment.resolvedById ? (nameOf.get(comment.resolvedById) ?? null) : null,
        resolvedAt: comment.resolvedAt,
      };
    }),
    openComments,
    positions: version.votes.map((vote) => ({
      userId: vote.userId,
      name: vote.userLabel,
      position: vote.position,
      note: vote.note,
      recordedAt: vote.updatedAt,
    })),
    quorum,
    can: {
      openConsultation: isManager && version.status === "DRAFT",
      comment:
        can(access, "framework-versions.comment") &&
        version.status === "IN_CONSULTATION" &&
        !isConsultationOver &&
        isInvitedToComment(access, version.invitees),
      resolve: isManager && version.status === "IN_CONSULTATION" && openComments > 0,
      validate: isManager && version.status === "IN_CONSULTATION" && openComments === 0,
      recordPosition:
        can(access, "framework-versions.approve") && version.status === "VALIDATED" && isInvitedMember(access.user.id, version.invitees),
      approve: isManager && version.status === "VALIDATED" && quorum.isMet,
      setQuorum: isManager,
    },
    myPosition: mine ? { position: mine.position, note: mine.note } : null,
    choices: {
      institutions: isManager ? institutions.filter((institution) => institution.isActive).map(pick) : [],
      workingGroupMembers: members
        .filter((member) => member.role === "WORKING_GROUP")
        .map((member) => ({ userId: member.userId, name: member.user.name })),
      participants: members.map((member) => ({ userId: member.userId, name: member.user.name, role: member.role })),
    },
  };
}
