import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LibText, LibTextKey } from "@/lib/i18n/lib-text";

/**
 * What a job row keeps of a text it shows people (its stage, its error, a text of its result):
 * the message key and values (decision 035), beside the English in `stage` or `error`. Readers
 * get it in their language; API clients that ask for none, logs and older rows get the English.
 * A text that quotes texts (LibText.parts) keeps them, each with its English.
 */
export function storedJobText(text: LibText): Prisma.InputJsonObject {
  const parts = Object.entries(text.parts ?? {}).map(([name, part]) => [name, { ...storedJobText(part), english: part.english }]);
  return {
    key: text.key,
    ...(text.values ? { values: text.values } : {}),
    ...(parts.length > 0 ? { parts: Object.fromEntries(parts) } : {}),
  };
}

const storedSchema = z.object({
  key: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  parts: z.record(z.string(), z.unknown()).optional(),
  english: z.string().optional(),
});

/** The stored text again, or null for a row without one (written before, or a text without a key). */
export function readJobText(stored: unknown, english: string | null): LibText | null {
  if (english === null) return null;
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success) return null;
  const parts: Record<string, LibText> = {};
  for (const [name, part] of Object.entries(parsed.data.parts ?? {})) {
    const read = readJobText(part, storedSchema.safeParse(part).data?.english ?? null);
    if (!read) return null;
    parts[name] = read;
  }
  // A key no longer in the messages is worded as its English by the translator, never an error.
  return {
    key: parsed.data.key as LibTextKey,
    ...(parsed.data.values ? { values: parsed.data.values } : {}),
    ...(Object.keys(parts).length > 0 ? { parts } : {}),
    english,
  };
}
