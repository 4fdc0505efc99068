import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { newPasswordSchema } from "./passwords";

/** A token as issued (32 random bytes in base64url); anything else is no link of ours. */
export const passwordTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not complete: open it again from the e-mail");

export const setPasswordFromLinkSchema = z
  .object({
    token: passwordTokenSchema,
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(TEXT_LIMITS.passwordInput, "The two passwords differ"),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { message: "The two passwords differ", path: ["confirmPassword"] });

export const requestPasswordResetSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your e-mail address")
    .max(TEXT_LIMITS.email, `Keep the e-mail address under ${TEXT_LIMITS.email} characters`),
});
