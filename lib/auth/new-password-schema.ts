import { z } from "zod";
import { zodMessage } from "@/lib/i18n/lib-text";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./passwords";

/**
 * The password rule, shared by sign-in forms, admin resets and the command line. Apart from
 * passwords.ts, whose lengths client forms import: the keyed messages would bring the lib texts
 * into their bundles.
 */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, zodMessage("validation.passwordAtLeast", { min: String(PASSWORD_MIN_LENGTH) }))
  .max(PASSWORD_MAX_LENGTH, zodMessage("validation.passwordAtMost", { max: String(PASSWORD_MAX_LENGTH) }));
