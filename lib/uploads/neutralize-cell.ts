/** Characters that make a spreadsheet treat a typed text as a formula (OWASP "CSV injection"). */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they make a
 * cell show its characters in another order than they are stored ("Trojan Source"), so that
 * "gpj.exe" reads as "exe.jpg" or a number reads backwards. Right-to-left text needs none of
 * them (its letters carry their direction), so they are removed. The marks U+200E and U+200F
 * change no order and stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Makes a cell safe to open in a spreadsheet, for every file we write (CSV and XLSX): bidi
 * controls are removed, then a text that starts with a formula trigger (=, +, -, @, tab,
 * carriage return) gets a leading single quote, so Excel or LibreOffice shows it as text
 * instead of running it. Numbers stay numbers, so -12.5 written as a number is untouched;
 * only texts are changed.
 */
export function neutralizeCell<T extends string | number | boolean | null | undefined>(value: T): T | string {
  if (typeof value !== "string" || value.length === 0) return value;
  const text = value.replace(BIDI_CONTROLS, "");
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!) ? `'${text}` : text;
}
