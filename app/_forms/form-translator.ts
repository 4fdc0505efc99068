import "server-only";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { libTranslator, type LibTranslator } from "@/lib/i18n/lib-translator";

/** Words what lib/ says (errors, refusals of fields) in the page's language, for actionError (decision 035). */
export async function formTranslator(): Promise<LibTranslator> {
  return libTranslator(await getInterfaceLocale());
}
