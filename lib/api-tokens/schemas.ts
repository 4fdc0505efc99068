import { z } from "zod";
import { refusedBy, zodMessage } from "@/lib/i18n/lib-text";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, zodMessage("validation.tokenName")).max(100, zodMessage("validation.keepTokenNameUnder")),
  expiresInDays: z.coerce
    .number({ message: zodMessage("validation.tokenValidity") })
    .int()
    .refine((days) => [0, 30, 90, 365].includes(days), refusedBy("validation.tokenExpiryChoice")),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
