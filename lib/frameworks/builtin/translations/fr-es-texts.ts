/**
 * The shape of the French and Spanish texts of the built-in content (issue 13, item 3). English
 * stays in the definitions themselves (mgi.ts, sdg-10-7-2.ts, scales.ts, dimensions.ts); these
 * records add IOM's two other official languages, keyed by the same codes, so that a text can
 * be found again whichever column (name, description, definition...) it ends up in.
 */

/** One text in French and Spanish. */
export type FrEs = { fr: string; es: string };

export type BuiltinAreaTexts = { name: FrEs; description?: FrEs };

export type BuiltinIndicatorTexts = { name: FrEs; definition?: FrEs; unit?: FrEs };

/** The texts of one built-in framework, by area and indicator code. */
export type BuiltinFrameworkTexts = {
  name: FrEs;
  description?: FrEs;
  areas: Record<string, BuiltinAreaTexts>;
  indicators: Record<string, BuiltinIndicatorTexts>;
};

/** The labels of one answer scale, by level code. */
export type BuiltinScaleTexts = Record<string, FrEs>;

/** A disaggregation dimension's name and its members' names, by member code. */
export type BuiltinDimensionTexts = { name: FrEs; members: Record<string, FrEs> };

/**
 * How the English texts mark a wording that could not be checked against the custodians'
 * published list (see sdg-10-7-2.ts), and the same mark in French and Spanish.
 */
export const UNVERIFIED_MARKS = { en: " (unverified)", fr: " (non vérifié)", es: " (no verificado)" } as const;
