// Safe to import from client components (the form's hint): no message texts here.

/** The longest narrative, in characters: a few pages of a report, not a book. */
export const NARRATIVE_MAX_LENGTH = 10_000;
