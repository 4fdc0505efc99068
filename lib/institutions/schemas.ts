import { z } from "zod";
import { zodMessage } from "@/lib/i18n/lib-text";

export const institutionCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9-]{1,11}$/, zodMessage("validation.institutionCode"));

export const institutionNameSchema = z
  .string()
  .trim()
  .min(3, zodMessage("validation.institutionName"))
  .max(200, zodMessage("validation.keepNameUnder"));

export const createInstitutionSchema = z.object({ code: institutionCodeSchema, name: institutionNameSchema });
export type CreateInstitutionInput = z.input<typeof createInstitutionSchema>;

export const renameInstitutionSchema = z.object({ name: institutionNameSchema });
