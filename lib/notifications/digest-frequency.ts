import { z } from "zod";

/** How often a person wants their unread notices by e-mail: never (the default), daily or weekly. */
export const DIGEST_FREQUENCIES = ["none", "daily", "weekly"] as const;

export const digestFrequencySchema = z.enum(DIGEST_FREQUENCIES, { message: "Choose none, daily or weekly" });
export type DigestFrequency = z.infer<typeof digestFrequencySchema>;

/** A stored value that is not one of ours (a frequency since removed) sends nothing rather than failing. */
export function readDigestFrequency(stored: string | null | undefined): DigestFrequency {
  const parsed = digestFrequencySchema.safeParse(stored);
  return parsed.success ? parsed.data : "none";
}
