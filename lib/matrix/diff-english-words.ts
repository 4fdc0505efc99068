/**
 * The fixed English words the diff writes in its values (its JSON is the API's answer);
 * diff-words.ts finds them again to word them in the reader's language.
 */
export const SCORING_METHOD_LABELS = {
  NORMALISED_ACHIEVEMENT: "Normalised achievement",
  SDG_10_7_2: "SDG 10.7.2 method",
} as const;

/** The parent of a top-level area. */
export const TOP_LEVEL_AREA = "Top level";
