import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/** Empty form selects arrive as "": treat them as "no institution". */
const optionalId = z
  .union([z.uuid({ message: "Choose an institution from the list" }), z.literal("")])
  .optional()
  .transform((value) => (value ? value : null));

const roleWithInstitution = z
  .object({
    role: z.enum(ROLES, { message: "Choose a role" }),
    institutionId: optionalId,
  })
  .refine((input) => input.role !== "FOCAL_POINT" || input.institutionId !== null, {
    message: "A focal point must belong to an institution",
    path: ["institutionId"],
  });

export const inviteUserSchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(TEXT_LIMITS.email, `Keep the e-mail address under ${TEXT_LIMITS.email} characters`)
      .pipe(z.email({ message: "Enter an e-mail address like name@ministry.gov" })),
    name: z.string().trim().min(1, "Enter the person's name").max(TEXT_LIMITS.name, "Keep the name under 200 characters"),
  })
  .and(roleWithInstitution);

export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const updateMembershipSchema = roleWithInstitution;
export type UpdateMembershipInput = z.input<typeof updateMembershipSchema>;
