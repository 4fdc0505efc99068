// Safe to import from client components (the account form lists the choices): the schema that
// words a refusal is in schemas.ts, so the lib texts stay out of the browser's bundle.

/** How often a person wants their unread notices by e-mail: never (the default), daily or weekly. */
export const DIGEST_FREQUENCIES = ["none", "daily", "weekly"] as const;

export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** A stored value that is not one of ours (a frequency since removed) sends nothing rather than failing. */
export function readDigestFrequency(stored: string | null | undefined): DigestFrequency {
  return (DIGEST_FREQUENCIES as readonly (string | null | undefined)[]).includes(stored) ? (stored as DigestFrequency) : "none";
}
