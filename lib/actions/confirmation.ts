import { z } from "zod";
import { AppError } from "@/lib/errors";
import { CONFIRMATION_FIELD } from "./confirmation-field";

const confirmationSchema = z.object({ [CONFIRMATION_FIELD]: z.literal("yes") });

/**
 * Destructive actions (closing or reopening a cycle, deactivating a person) go ahead only
 * when the person ticked "I understand" (issue 14, trap 9). The rule is the schema's, so it
 * holds without JavaScript and for any client that posts the form; the message is shown at
 * the box.
 */
export function requireConfirmation(formData: FormData, message: string): void {
  const parsed = confirmationSchema.safeParse({ [CONFIRMATION_FIELD]: formData.get(CONFIRMATION_FIELD) });
  if (!parsed.success) throw new AppError("BAD_REQUEST", message, { problems: [{ field: CONFIRMATION_FIELD, code: "custom", message }] });
}
