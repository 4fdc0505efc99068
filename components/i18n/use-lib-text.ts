import { useTranslations } from "next-intl";
import type { LibText } from "@/lib/i18n/lib-text";

/**
 * Words a text of lib/ (decision 035) in the page's language, inside a component: what the
 * boundary's libTranslator does for errors, for texts that reach a page as data (why a status
 * is not available). A key the messages lack is shown in its English, never as a raw key.
 */
export function useLibText(): (text: LibText) => string {
  const t = useTranslations();
  return (text) => (t.has(text.key) ? t(text.key, text.values) : text.english);
}
