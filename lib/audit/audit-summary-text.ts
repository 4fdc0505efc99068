import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LibText, LibTextKey } from "@/lib/i18n/lib-text";

/**
 * What an audit event keeps of its summary besides the English in `summary` (decision 058): the
 * message key, its values and the texts it quotes (a reason, a version's name), so that the audit
 * page words it in the reader's language. Logs, exports, API clients and events written before
 * keep reading the English.
 */
export type StoredAuditText = {
  key: string;
  values?: Record<string, string | number>;
  parts?: Record<string, StoredAuditText>;
  /** A quoted text's English; the event's own is its `summary` column. */
  english?: string;
};

export function storedAuditText(text: LibText): Prisma.InputJsonValue {
  return storedOf(text, false);
}

function storedOf(text: LibText, isPart: boolean): StoredAuditText {
  const parts = text.parts ? Object.fromEntries(Object.entries(text.parts).map(([name, part]) => [name, storedOf(part, true)])) : undefined;
  return {
    key: text.key,
    ...(text.values ? { values: text.values } : {}),
    ...(parts ? { parts } : {}),
    ...(isPart ? { english: text.english } : {}),
  };
}

const storedSchema: z.ZodType<StoredAuditText> = z.lazy(() =>
  z.object({
    key: z.string(),
    values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    parts: z.record(z.string(), storedSchema).optional(),
    english: z.string().optional(),
  }),
);

/**
 * The stored summary again, or null for an event without one (written before decision 058). A key
 * no longer in the messages is worded as its English by the translator, never an error.
 */
export function readAuditText(stored: unknown, english: string | null): LibText | null {
  if (english === null || stored === null || stored === undefined) return null;
  const parsed = storedSchema.safeParse(stored);
  return parsed.success ? toLibText(parsed.data, english) : null;
}

function toLibText(stored: StoredAuditText, english: string): LibText {
  const parts = stored.parts
    ? Object.fromEntries(Object.entries(stored.parts).map(([name, part]) => [name, toLibText(part, part.english ?? "")]))
    : undefined;
  return { key: stored.key as LibTextKey, ...(stored.values ? { values: stored.values } : {}), ...(parts ? { parts } : {}), english };
}
