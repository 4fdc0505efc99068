import type { CycleStatus, ValueStatus } from "@/lib/generated/prisma/enums";
import type { LibText } from "@/lib/i18n/lib-text";
import type { StoredValue } from "@/lib/indicators/parse-value";
import { checkValueWritable } from "./value-workflow";

export type ValueContent = StoredValue & { comment: string | null; source: string | null; evidenceUrl: string | null };

/** A stored value as the write path compares it. */
export type ExistingValue = StoredValue & {
  id: string;
  identityId: string;
  disaggregation: string;
  comment: string | null;
  source: string | null;
  evidenceUrl: string | null;
  status: ValueStatus;
  version: number;
  returnReason: string | null;
  updatedAt: Date;
};

export type ValueDecision =
  | { kind: "create" | "update" | "delete" | "unchanged" }
  /** The person (or file) saw another version than the one stored: someone else changed it. */
  | { kind: "conflict" }
  /** The rule of which values may change refuses it: submitted, approved, or of a closed cycle. */
  | { kind: "locked"; message: LibText };

/**
 * What writing `next` (null: clear) over `existing` means, for every source of values alike.
 * `expectedVersion`: undefined skips the concurrency check (an explicit overwrite); null
 * means the writer saw no value; a number, the version it saw.
 */
export function decideValueWrite(
  existing: ExistingValue | null,
  next: ValueContent | null,
  cycle: { status: CycleStatus; year: number } | null,
  expectedVersion?: number | null,
): ValueDecision {
  if (expectedVersion !== undefined && expectedVersion !== (existing?.version ?? null)) return { kind: "conflict" };
  if (!next && !existing) return { kind: "unchanged" };
  if (next && existing && sameContent(existing, next)) return { kind: "unchanged" };
  const writable = checkValueWritable(existing?.status ?? null, cycle);
  if (!writable.ok) return { kind: "locked", message: writable.message };
  if (!next) return { kind: "delete" };
  return { kind: existing ? "update" : "create" };
}

function sameContent(existing: ExistingValue, next: ValueContent): boolean {
  return (
    existing.number === next.number &&
    existing.levelCode === next.levelCode &&
    existing.text === next.text &&
    existing.comment === next.comment &&
    existing.source === next.source &&
    existing.evidenceUrl === next.evidenceUrl
  );
}
