import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LibText, LibTextKey } from "@/lib/i18n/lib-text";

/**
 * What a job row keeps of a text it shows people (its stage, its error): the message key and
 * values (decision 035), beside the English in `stage` or `error`. Readers get it in their
 * language; API clients that ask for none, logs and older rows get the English.
 */
export function storedJobText(text: LibText): Prisma.InputJsonValue {
  return { key: text.key, ...(text.values ? { values: text.values } : {}) };
}

const storedSchema = z.object({
  key: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** The stored text again, or null for a row without one (written before, or a text without a key). */
export function readJobText(stored: unknown, english: string | null): LibText | null {
  if (english === null) return null;
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success) return null;
  // A key no longer in the messages is worded as its English by the translator, never an error.
  return { key: parsed.data.key as LibTextKey, ...(parsed.data.values ? { values: parsed.data.values } : {}), english };
}
