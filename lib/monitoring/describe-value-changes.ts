import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields of a value snapshot (lib/monitoring/value-snapshot.ts) a person reads, in the order shown. */
export const VALUE_CHANGE_FIELDS = ["value", "status", "comment", "source", "evidenceUrl", "returnReason"] as const;
export type ValueChangeField = (typeof VALUE_CHANGE_FIELDS)[number];

export type ValueChange = { field: ValueChangeField; before: string | null; after: string | null };

function asObject(value: Prisma.JsonValue): Record<string, Prisma.JsonValue> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Prisma.JsonValue>) : {};
}

function asText(value: Prisma.JsonValue | undefined): string | null {
  if (value === undefined || value === null || value === "") return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * What an audit entry of a value changed, for people (issue 14, trap 7): only the fields whose
 * content differs, never the internal version counter. A field a snapshot leaves out (a
 * return reason is kept only while there is one) reads as empty.
 */
export function describeValueChanges(before: Prisma.JsonValue, after: Prisma.JsonValue): ValueChange[] {
  const previous = asObject(before);
  const next = asObject(after);
  return VALUE_CHANGE_FIELDS.flatMap((field) => {
    // A field absent from both snapshots was not recorded (e.g. the comment on a review), not emptied.
    if (!(field in previous) && !(field in next)) return [];
    const from = asText(previous[field]);
    const to = field in next || field === "returnReason" ? asText(next[field]) : from;
    return from === to ? [] : [{ field, before: from, after: to }];
  });
}
