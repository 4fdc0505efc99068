/** The box a person ticks to confirm an action that is hard to undo; the form sends "yes". */
export const CONFIRMATION_FIELD = "confirmed";
