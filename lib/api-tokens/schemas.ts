import { z } from "zod";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token after the system that will use it").max(100, "Keep the name under 100 characters"),
  expiresInDays: z.coerce
    .number({ message: "Choose how long the token stays valid" })
    .int()
    .refine((days) => [0, 30, 90, 365].includes(days), "Choose 30, 90 or 365 days, or no expiry"),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
