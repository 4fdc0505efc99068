import { z } from "zod";

export const institutionCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9-]{1,11}$/, "Use 2 to 12 capital letters, digits or dashes, starting with a letter (e.g. MLSP)");

export const institutionNameSchema = z
  .string()
  .trim()
  .min(3, "Enter the institution's full name")
  .max(200, "Keep the name under 200 characters");

export const createInstitutionSchema = z.object({ code: institutionCodeSchema, name: institutionNameSchema });
export type CreateInstitutionInput = z.input<typeof createInstitutionSchema>;

export const renameInstitutionSchema = z.object({ name: institutionNameSchema });
