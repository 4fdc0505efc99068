/**
 * The one table of input limits (decision 024). Every text a person or a client can send has
 * a maximum length, and every request body a maximum size; schemas import these instead of
 * writing their own numbers, so that the documented limit and the enforced one are the same.
 * Lengths are in characters (UTF-16 code units, as zod counts them), sizes in bytes.
 */
export const TEXT_LIMITS = {
  /** Codes of frameworks, areas, indicators, institutions, dimensions and members. */
  code: 40,
  /** A code as it appears in an address (/frameworks/{code}): room for a mistaken one, not for a megabyte. */
  pathSegment: 200,
  /** Record identifiers (cuid, uuid) sent back by forms and the API. */
  id: 100,
  /** A version's label ("2025", "2.0"). */
  label: 60,
  /** Names of people, institutions, tokens and frameworks. */
  name: 200,
  /** E-mail addresses (RFC 5321's path limit). */
  email: 320,
  /** A password as typed at sign-in or to confirm it (new passwords have their own rule, lib/auth/passwords.ts). */
  passwordInput: 1000,
  /** A value's source. */
  source: 1000,
  /** A web address of evidence. */
  url: 2000,
  /** A value as text (a level code, a number typed with separators, a free text answer). */
  valueText: 4000,
  /** Comments on values and consultation comments. */
  comment: 4000,
  /** Reasons for returning or reopening a value, notes of a position. */
  reason: 2000,
  /** A disaggregation written as a key ("AGE_GROUP=15-24;SEX=F"). */
  disaggregationKey: 500,
  /** Dimensions in one disaggregation object. */
  disaggregationParts: 10,
  /** A query-string parameter's value. */
  queryValue: 200,
} as const;

export const BODY_LIMITS = {
  /**
   * A JSON body: 5,000 value rows with long comments and sources fit with room to spare;
   * anything larger is refused with 413 before it is parsed.
   */
  jsonBytes: 4 * 1024 * 1024,
} as const;

/** How much of a client's own input an error message may quote back. */
export const ECHO_LIMIT = 120;
