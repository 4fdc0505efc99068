import { createTranslator } from "use-intl/core";
import { z } from "zod";
import type { AppError } from "@/lib/errors";
import { problemTextOf, type Problem } from "@/lib/problems/problem";
import type { LibText } from "./lib-text";
import { loadMessages } from "./load-messages";
import type { Locale } from "./locales";

/**
 * Words what lib/ says in one language (decision 035): the two mappings of failures, actionError
 * (the page's language) and withApiErrors (the request's Accept-Language), take one. lib/ itself
 * never asks which language: an operation may run in a job, a script or a test.
 */
export type LibTranslator = {
  locale: Locale;
  text(text: LibText): string;
  problems(problems: readonly Problem[]): Problem[];
  /** The error worded in this language, or the same error when nothing in it has a key. */
  error(error: AppError): AppError;
};

const ZOD_LOCALES: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  ro: z.locales.ro,
  ru: z.locales.ru,
  fr: z.locales.fr,
  es: z.locales.es,
};

export async function libTranslator(locale: Locale): Promise<LibTranslator> {
  const messages = await loadMessages(locale);
  const translate = createTranslator({ locale, messages });
  // The key is typed against the English messages, which every language has (tests/unit/i18n-messages.test.ts).
  const text = (libText: LibText): string => {
    if (!translate.has(libText.key as never)) return libText.english;
    const parts = Object.entries(libText.parts ?? {}).map(([name, part]) => [name, text(part)]);
    return translate(libText.key as never, { ...libText.values, ...Object.fromEntries(parts) } as never);
  };
  const zodMessage = ZOD_LOCALES[locale]().localeError;
  const problems = (list: readonly Problem[]): Problem[] =>
    list.map((problem) => {
      const wording = problemTextOf(problem);
      if (!wording) return problem;
      const message = "text" in wording ? text(wording.text) : wordedIssue(zodMessage, wording.issue);
      return message ? { ...problem, message } : problem;
    });
  return {
    locale,
    text,
    problems,
    error: (error) => {
      const hasWording = error.text !== undefined || error.problems.some((problem) => problemTextOf(problem) !== undefined);
      return hasWording ? error.worded(error.text ? text(error.text) : error.message, problems(error.problems)) : error;
    },
  };
}

function wordedIssue(map: z.core.$ZodErrorMap, issue: z.core.$ZodRawIssue): string | undefined {
  const message = map(issue);
  return typeof message === "string" ? message : (message?.message ?? undefined);
}
