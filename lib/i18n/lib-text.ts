import { createTranslator } from "use-intl/core";
import auditSummaries from "@/messages/en/audit-summaries.json";
import chartSummaries from "@/messages/en/chart-summaries.json";
import errors from "@/messages/en/errors.json";
import importProblems from "@/messages/en/import-problems.json";
import jobStages from "@/messages/en/job-stages.json";
import progressReasons from "@/messages/en/progress-reasons.json";
import validation from "@/messages/en/validation.json";

/**
 * A text that code under lib/ says to people (an error, a refusal of a field, a job's step),
 * carried as a message key and its values so that the boundary can word it in the reader's
 * language (decision 035): actionError in the page's language, withApiErrors in the language
 * the request's Accept-Language asks for. `english` is the text without a language, kept
 * for logs, e-mails, job results and clients that ask for no language; it comes from
 * messages/en, so there is one English wording.
 */
export type LibText = {
  key: LibTextKey;
  values?: LibTextValues;
  english: string;
  /** Texts inside this one ("{place}: {problem}"), each worded in the reader's language before it. */
  parts?: Record<string, LibText>;
};

/** Numbers are formatted in the reader's language; pass years and codes as strings. */
export type LibTextValues = Record<string, string | number>;

/** What libText takes: values, and texts of lib/ that this text quotes. */
export type LibTextArguments = Record<string, string | number | LibText>;

/** The messages lib/ speaks: only these areas, so a module that throws does not carry every page's texts. */
const LIB_MESSAGES = {
  ...errors,
  ...validation,
  ...jobStages,
  ...progressReasons,
  ...chartSummaries,
  ...importProblems,
  ...auditSummaries,
};
export type LibMessages = typeof LIB_MESSAGES;

type KeysOf<Tree, Prefix extends string = ""> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : KeysOf<Tree[Key], `${Prefix}${Key}.`>;
}[keyof Tree & string];

/** A key of the lib areas of messages/en (errors, validation, job-stages, progress-reasons, chart-summaries, import-problems, audit-summaries), with its namespace: errors.noSuchValue. */
export type LibTextKey = KeysOf<LibMessages>;

const english = createTranslator({ locale: "en", messages: LIB_MESSAGES });

/** The text `key` says with `values`, worded later in the reader's language; a value that is itself a LibText is worded with it. */
export function libText(key: LibTextKey, values?: LibTextArguments): LibText {
  if (!values) return { key, english: english(key) };
  const plain: LibTextValues = {};
  const parts: Record<string, LibText> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "object") parts[name] = value;
    else plain[name] = value;
  }
  const hasParts = Object.keys(parts).length > 0;
  const hasPlain = Object.keys(plain).length > 0;
  return {
    key,
    ...(hasPlain ? { values: plain } : {}),
    ...(hasParts ? { parts } : {}),
    english: english(key, { ...plain, ...englishOf(parts) }),
  };
}

function englishOf(parts: Record<string, LibText>): LibTextValues {
  return Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, part.english]));
}

export function isLibText(value: unknown): value is LibText {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as LibText).key === "string" &&
    typeof (value as LibText).english === "string"
  );
}

/**
 * Schema messages written once, when a schema is defined, by their English: zod keeps only a
 * message's text, so the boundary finds the key again from it (lib/validation/parse-input.ts).
 * Only texts fixed at definition go in here; a refusal built while parsing, from the input,
 * uses refusedBy instead, so this table never grows with requests.
 */
const SCHEMA_TEXTS = new Map<string, LibText>();

/** A schema's own message, given to zod in English: `.min(1, zodMessage(key))`. */
export function zodMessage(key: LibTextKey, values?: LibTextValues): string {
  const text = libText(key, values);
  SCHEMA_TEXTS.set(text.english, text);
  return text.english;
}

export function schemaTextOf(message: string): LibText | undefined {
  return SCHEMA_TEXTS.get(message);
}

/** A custom refusal, `.refine(check, refusedBy(key))` or `addIssue({ code: "custom", ...refusedBy(key, values) })`: the key travels in the params. */
export function refusedBy(key: LibTextKey, values?: LibTextValues): { message: string; params: { text: LibText } } {
  const text = libText(key, values);
  return { message: text.english, params: { text } };
}
