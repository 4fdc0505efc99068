import { z } from "zod";
import { refusedBy, zodMessage } from "@/lib/i18n/lib-text";
import { TEXT_LIMITS } from "./limits";

/**
 * Keys that change an object's prototype or shadow its methods when a parsed JSON object is
 * copied key by key: { "__proto__": "F" } would silently become {} (the total). They are never
 * a dimension, a field or a parameter of ours, so they are refused by name.
 */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key);
}

/**
 * A strict boolean query parameter: "true" or "false" only. "1", "yes" or "TRUE" are refused
 * with the parameter's name rather than read as false, so that ?dryRun=1 cannot write.
 */
export function booleanParam(name: string) {
  return z
    .enum(["true", "false"], { message: zodMessage("validation.trueOrFalse", { name }) })
    .optional()
    .transform((value) => value === "true");
}

/** A query string that holds only `dryRun`, strictly true or false (false when absent). */
export const dryRunQuerySchema = z.strictObject({ dryRun: booleanParam("dryRun") });

/**
 * A disaggregation in any of the forms the API takes: an object { "SEX": "F" } (dimension
 * codes to member codes or names), a key "SEX=F", or null for the total. Every part is
 * bounded, and prototype keys are refused by name. The check runs on the parsed input before
 * any copy, since a copy would already have lost the key; the object comes out without a
 * prototype, so that no later spread or lookup can reach Object.prototype.
 */
export const disaggregationInputSchema = z
  .unknown()
  .superRefine((value, context) => {
    if (value === null) return;
    if (typeof value === "string") {
      if (value.length > TEXT_LIMITS.disaggregationKey)
        context.addIssue({ code: "custom", ...refusedBy("validation.keepBreakdownUnder", { max: String(TEXT_LIMITS.disaggregationKey) }) });
      return;
    }
    if (typeof value !== "object" || Array.isArray(value)) {
      context.addIssue({ code: "custom", ...refusedBy("validation.breakdownForms") });
      return;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > TEXT_LIMITS.disaggregationParts)
      context.addIssue({ code: "custom", ...refusedBy("validation.breakdownAtMostDimensions", { max: TEXT_LIMITS.disaggregationParts }) });
    for (const key of keys.slice(0, TEXT_LIMITS.disaggregationParts + 1)) {
      const shown = key.length > TEXT_LIMITS.code ? `${key.slice(0, TEXT_LIMITS.code)}…` : key;
      if (isPrototypeKey(key)) context.addIssue({ code: "custom", ...refusedBy("validation.notADimensionName", { key: shown }) });
      else if (key.trim() === "" || key.length > TEXT_LIMITS.code)
        context.addIssue({ code: "custom", ...refusedBy("validation.notADimensionCode", { key: shown, max: TEXT_LIMITS.code }) });
      const member = record[key];
      if (typeof member !== "string" || member.length > TEXT_LIMITS.name)
        context.addIssue({ code: "custom", ...refusedBy("validation.memberCodeOrName", { dimension: shown, max: TEXT_LIMITS.name }) });
    }
  })
  .transform((value) =>
    value !== null && typeof value === "object"
      ? Object.assign(Object.create(null) as Record<string, string>, value as Record<string, string>)
      : (value as string | null),
  );

/** An indicator's code as a row names it. */
export const indicatorReferenceSchema = z
  .string({ message: zodMessage("validation.indicatorByCode") })
  .trim()
  .min(1, zodMessage("validation.indicatorByCode"))
  .max(TEXT_LIMITS.code, zodMessage("validation.indicatorCodeLength", { max: String(TEXT_LIMITS.code) }));
