import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/** Today's date in UTC as YYYY-MM-DD: deadlines are whole days, in UTC. */
export function todayIsoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const idSchema = (what: string) =>
  z
    .string({ message: `Choose ${what}` })
    .trim()
    .min(1, `Choose ${what}`)
    .max(TEXT_LIMITS.id, `Choose ${what}`);

/** Form values arrive as "" for an empty choice; the API may send null or leave the field out. */
const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/** Checkbox groups: a list, one string (a single ticked box) or nothing; duplicates are dropped. */
const idList = (what: string) =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : typeof value === "string" ? [value] : value),
    z
      .array(
        z
          .string({ message: `Each ${what} must be text` })
          .trim()
          .min(1, `Each ${what} must be given`)
          .max(TEXT_LIMITS.id, `Each ${what} has at most ${TEXT_LIMITS.id} characters`),
        {
          message: `Give a list of ${what}s`,
        },
      )
      .max(500, `Choose at most 500 ${what}s`)
      .transform((values) => [...new Set(values)]),
  );

export const openConsultationSchema = z.object({
  versionId: idSchema("a version"),
  deadline: z.iso
    .date({ message: "Give the deadline as a date, e.g. 2027-01-25" })
    .refine((deadline) => deadline > todayIsoDate(), "The deadline must be a date after today"),
  institutionCodes: idList("institution code"),
  // The working group approves the version, so a consultation without any of its members could never end.
  workingGroupUserIds: idList("working-group member").refine(
    (ids) => ids.length > 0,
    "Invite at least one working-group member: the working group approves the version",
  ),
});
export type OpenConsultationInput = z.input<typeof openConsultationSchema>;

export const addConsultationCommentSchema = z.object({
  versionId: idSchema("a version"),
  /** Null: a comment on the whole version. */
  indicatorCode: z.preprocess(emptyToNull, z.string({ message: "Choose an indicator" }).trim().min(1).max(60).nullable()),
  body: z.string({ message: "Write your comment" }).trim().min(1, "Write your comment").max(5000, "Keep the comment to 5,000 characters"),
});

export const resolveConsultationCommentSchema = z.object({
  commentId: idSchema("a comment"),
  resolution: z.enum(["ACCEPTED", "DECLINED"], { message: "Choose accepted or declined" }),
  reason: z
    .string({ message: "Give the reason for the decision" })
    .trim()
    .min(1, "Give the reason for the decision")
    .max(2000, "Keep the reason to 2,000 characters"),
});

export const versionIdSchema = z.object({ versionId: idSchema("a version") });

export const recordApprovalPositionSchema = z.object({
  versionId: idSchema("a version"),
  position: z.enum(["AGREE", "OBJECT"], { message: "Choose agree or object" }),
  note: z.preprocess(emptyToNull, z.string().trim().max(2000, "Keep the note to 2,000 characters").nullable()),
});

export const setApprovalQuorumSchema = z.object({
  frameworkCode: z
    .string({ message: "Choose a framework" })
    .trim()
    .min(1, "Choose a framework")
    .max(TEXT_LIMITS.code, "Choose a framework"),
  quorumPercent: z.coerce
    .number({ message: "Give the quorum as a whole number from 1 to 100" })
    .int("Give the quorum as a whole number from 1 to 100")
    .min(1, "The quorum is at least 1 %")
    .max(100, "The quorum is at most 100 %"),
});

export const approveVersionSchema = z.object({
  versionId: idSchema("a version"),
  minutes: z
    .string({ message: "Write the minutes of the decision" })
    .trim()
    .min(1, "Write the minutes of the decision")
    .max(20000, "Keep the minutes to 20,000 characters"),
  participantUserIds: idList("participant").refine((ids) => ids.length > 0, "Tick who took part in the decision"),
});

export const versionLifecycleTargetSchema = z.object({
  frameworkCode: z.string().trim().min(1, "Choose a framework").max(TEXT_LIMITS.code, "Choose a framework"),
  versionNumber: z.coerce.number({ message: "Give the version number" }).int("Give a whole version number").min(1, "Versions count from 1"),
});
