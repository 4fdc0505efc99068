/**
 * next-intl's server functions as the tests need them. Outside Next's react-server build the
 * real module refuses to run ("not supported in Client Components"), and server actions call
 * it for their answers. Tests speak English, as the e2e browser does (decision 029); the
 * texts come from the same messages, so a missing key still fails.
 */
import { createFormatter, createTranslator } from "next-intl";
import english from "@/messages/en/index";

const LOCALE = "en";
const TIME_ZONE = "UTC";

export async function getTranslations(namespaceOrOptions?: string | { namespace?: string; locale?: string }) {
  const namespace = typeof namespaceOrOptions === "string" ? namespaceOrOptions : namespaceOrOptions?.namespace;
  // The namespace is a runtime string here; the real function's types check it at the call site.
  return createTranslator({ locale: LOCALE, messages: english, namespace: namespace as never, timeZone: TIME_ZONE });
}

export async function getLocale(): Promise<string> {
  return LOCALE;
}

export async function getMessages() {
  return english;
}

export async function getTimeZone(): Promise<string> {
  return TIME_ZONE;
}

export async function getNow(): Promise<Date> {
  return new Date();
}

export async function getFormatter() {
  return createFormatter({ locale: LOCALE, timeZone: TIME_ZONE });
}

/** i18n/request.ts passes its function through; the tests never call it. */
export function getRequestConfig<T>(create: T): T {
  return create;
}
