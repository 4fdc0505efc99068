import { z } from "zod";
import { zodMessage } from "@/lib/i18n/lib-text";
import { ROLES } from "@/lib/auth/permissions";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/** Empty form selects arrive as "": treat them as "no institution". */
const optionalId = z
  .union([z.uuid({ message: zodMessage("validation.chooseInstitution") }), z.literal("")])
  .optional()
  .transform((value) => (value ? value : null));

const roleWithInstitution = z
  .object({
    role: z.enum(ROLES, { message: zodMessage("validation.chooseRole") }),
    institutionId: optionalId,
  })
  .refine((input) => input.role !== "FOCAL_POINT" || input.institutionId !== null, {
    message: zodMessage("validation.focalPointInstitution"),
    path: ["institutionId"],
  });

export const inviteUserSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(TEXT_LIMITS.email, zodMessage("validation.keepEmailUnder", { max: String(TEXT_LIMITS.email) }))
      .pipe(z.email({ message: zodMessage("validation.emailAddress") })),
    name: z.string().trim().min(1, zodMessage("validation.personName")).max(TEXT_LIMITS.name, zodMessage("validation.keepNameUnder")),
  })
  .and(roleWithInstitution);

export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const updateMembershipSchema = roleWithInstitution;
export type UpdateMembershipInput = z.input<typeof updateMembershipSchema>;
