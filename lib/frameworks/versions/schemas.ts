import { z } from "zod";
import { refusedBy, zodMessage } from "@/lib/i18n/lib-text";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/** Today's date in UTC as YYYY-MM-DD: deadlines are whole days, in UTC. */
export function todayIsoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A chosen id; `choose` is its one message ("Choose a version"), made with zodMessage. */
const idSchema = (choose: string) => z.string({ message: choose }).trim().min(1, choose).max(TEXT_LIMITS.id, choose);

/** Form values arrive as "" for an empty choice; the API may send null or leave the field out. */
const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/** Checkbox groups: a list, one string (a single ticked box) or nothing; duplicates are dropped. */
const idList = (list: "institutionCodes" | "workingGroupMembers" | "participants") =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : typeof value === "string" ? [value] : value),
    z
      .array(
        z
          .string({ message: zodMessage("validation.idListItemNotText", { list }) })
          .trim()
          .min(1, zodMessage("validation.idListItemEmpty", { list }))
          .max(TEXT_LIMITS.id, zodMessage("validation.idListItemTooLong", { list, max: TEXT_LIMITS.id })),
        {
          message: zodMessage("validation.idListNotList", { list }),
        },
      )
      .max(500, zodMessage("validation.idListTooMany", { list }))
      .transform((values) => [...new Set(values)]),
  );

const CHOOSE_VERSION = zodMessage("validation.chooseVersion");
const CHOOSE_FRAMEWORK = zodMessage("validation.chooseFramework");

export const openConsultationSchema = z.object({
  versionId: idSchema(CHOOSE_VERSION),
  deadline: z.iso
    .date({ message: zodMessage("validation.consultationDeadlineDate") })
    .refine((deadline) => deadline > todayIsoDate(), refusedBy("validation.deadlineAfterToday")),
  institutionCodes: idList("institutionCodes"),
  // The working group approves the version, so a consultation without any of its members could never end.
  workingGroupUserIds: idList("workingGroupMembers").refine((ids) => ids.length > 0, refusedBy("validation.inviteWorkingGroupMember")),
});
export type OpenConsultationInput = z.input<typeof openConsultationSchema>;

export const addConsultationCommentSchema = z.object({
  versionId: idSchema(CHOOSE_VERSION),
  /** Null: a comment on the whole version. */
  indicatorCode: z.preprocess(
    emptyToNull,
    z
      .string({ message: zodMessage("validation.chooseIndicator") })
      .trim()
      .min(1)
      .max(60)
      .nullable(),
  ),
  body: z
    .string({ message: zodMessage("validation.writeYourComment") })
    .trim()
    .min(1, zodMessage("validation.writeYourComment"))
    .max(5000, zodMessage("validation.keepConsultationCommentTo")),
});

export const resolveConsultationCommentSchema = z.object({
  commentId: idSchema(zodMessage("validation.chooseComment")),
  resolution: z.enum(["ACCEPTED", "DECLINED"], { message: zodMessage("validation.chooseAcceptedOrDeclined") }),
  reason: z
    .string({ message: zodMessage("validation.giveDecisionReason") })
    .trim()
    .min(1, zodMessage("validation.giveDecisionReason"))
    .max(2000, zodMessage("validation.keepDecisionReasonTo")),
});

export const versionIdSchema = z.object({ versionId: idSchema(CHOOSE_VERSION) });

export const recordApprovalPositionSchema = z.object({
  versionId: idSchema(CHOOSE_VERSION),
  position: z.enum(["AGREE", "OBJECT"], { message: zodMessage("validation.chooseAgreeOrObject") }),
  note: z.preprocess(emptyToNull, z.string().trim().max(2000, zodMessage("validation.keepNoteTo")).nullable()),
});

export const setApprovalQuorumSchema = z.object({
  frameworkCode: z.string({ message: CHOOSE_FRAMEWORK }).trim().min(1, CHOOSE_FRAMEWORK).max(TEXT_LIMITS.code, CHOOSE_FRAMEWORK),
  quorumPercent: z.coerce
    .number({ message: zodMessage("validation.quorumWholeNumber") })
    .int(zodMessage("validation.quorumWholeNumber"))
    .min(1, zodMessage("validation.quorumAtLeast"))
    .max(100, zodMessage("validation.quorumAtMost")),
});

export const approveVersionSchema = z.object({
  versionId: idSchema(CHOOSE_VERSION),
  minutes: z
    .string({ message: zodMessage("validation.writeMinutes") })
    .trim()
    .min(1, zodMessage("validation.writeMinutes"))
    .max(20000, zodMessage("validation.keepMinutesTo")),
  participantUserIds: idList("participants").refine((ids) => ids.length > 0, refusedBy("validation.tickParticipants")),
});

export const versionLifecycleTargetSchema = z.object({
  frameworkCode: z.string().trim().min(1, CHOOSE_FRAMEWORK).max(TEXT_LIMITS.code, CHOOSE_FRAMEWORK),
  versionNumber: z.coerce
    .number({ message: zodMessage("validation.giveVersionNumber") })
    .int(zodMessage("validation.wholeVersionNumber"))
    .min(1, zodMessage("validation.versionsCountFrom1")),
});
