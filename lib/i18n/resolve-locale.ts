import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

export type LocaleSources = {
  /** The person's own choice: their setting, carried in the language cookie. */
  chosen?: string | null;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | null;
  /** Read only when the first two name no language of ours, so most pages never ask for it. */
  workspaceDefault?: () => Promise<string | null | undefined>;
};

/**
 * The interface language (issue 13): the person's own setting, else the first of the
 * browser's languages that Capacitas speaks ("ro-MD" is Romanian), else the workspace's
 * default, else English. Unknown values are ignored, never an error.
 */
export async function resolveLocale(sources: LocaleSources): Promise<Locale> {
  if (isLocale(sources.chosen)) return sources.chosen;
  const fromBrowser = browserLocale(sources.acceptLanguage);
  if (fromBrowser) return fromBrowser;
  const workspaceDefault = await sources.workspaceDefault?.();
  return isLocale(workspaceDefault) ? workspaceDefault : DEFAULT_LOCALE;
}

/** The best supported language the header asks for, or null when it asks for none of them. */
export function browserLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } })
    .languages()
    .filter((tag) => tag !== "*" && isWellFormedTag(tag));
  if (requested.length === 0) return null;
  // "und" (undetermined) marks "none of ours", so a real match of English is told apart from the fallback.
  const matched = match(requested, [...LOCALES], "und", { algorithm: "best fit" });
  return isLocale(matched) ? matched : null;
}

function isWellFormedTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
