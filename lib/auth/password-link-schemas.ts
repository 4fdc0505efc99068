import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { refusedBy, zodMessage } from "@/lib/i18n/lib-text";
import { newPasswordSchema } from "./new-password-schema";

/** A token as issued (32 random bytes in base64url); anything else is no link of ours. */
export const passwordTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, zodMessage("validation.passwordLinkIncomplete"));

export const setPasswordFromLinkSchema = z
  .object({
    token: passwordTokenSchema,
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(TEXT_LIMITS.passwordInput, zodMessage("validation.passwordsDiffer")),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    ...refusedBy("validation.passwordsDiffer"),
    path: ["confirmPassword"],
  });

export const requestPasswordResetSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, zodMessage("validation.enterEmail"))
    .max(TEXT_LIMITS.email, zodMessage("validation.keepEmailUnder", { max: String(TEXT_LIMITS.email) })),
});
