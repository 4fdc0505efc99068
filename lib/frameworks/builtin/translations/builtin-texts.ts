/**
 * The shape of the translated texts of the built-in content (issue 13). English stays in the
 * definitions themselves (mgi.ts, sdg-10-7-2.ts, scales.ts, dimensions.ts); these records add
 * the other languages, keyed by the same codes, so that a text can be found again whichever
 * column (name, description, definition...) it ends up in, at installation and in an older
 * workspace alike (fill-builtin-translations.ts).
 */

/**
 * One text in the languages it is written in: French and Spanish always (IOM's other two
 * official languages, decision 042); Romanian and Russian where they have been written (the
 * standard dimensions, issue 13). Every language here reaches new and older workspaces alike.
 */
export type BuiltinText = { fr: string; es: string; ro?: string; ru?: string };

export type BuiltinAreaTexts = { name: BuiltinText; description?: BuiltinText };

export type BuiltinIndicatorTexts = { name: BuiltinText; definition?: BuiltinText; unit?: BuiltinText };

/** The texts of one built-in framework, by area and indicator code. */
export type BuiltinFrameworkTexts = {
  name: BuiltinText;
  description?: BuiltinText;
  areas: Record<string, BuiltinAreaTexts>;
  indicators: Record<string, BuiltinIndicatorTexts>;
};

/** The labels of one answer scale, by level code. */
export type BuiltinScaleTexts = Record<string, BuiltinText>;

/** A disaggregation dimension's name and its members' names, by member code. */
export type BuiltinDimensionTexts = { name: BuiltinText; members: Record<string, BuiltinText> };

/**
 * How the English texts mark a wording that could not be checked against the custodians'
 * published list (see sdg-10-7-2.ts), and the same mark in French and Spanish.
 */
export const UNVERIFIED_MARKS = { en: " (unverified)", fr: " (non vérifié)", es: " (no verificado)" } as const;
