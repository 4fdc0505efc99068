/** Characters that make a spreadsheet treat a typed text as a formula (OWASP "CSV injection"). */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Makes a cell safe to open in a spreadsheet: a text that starts with a formula trigger
 * (=, +, -, @, tab, carriage return) gets a leading single quote, so Excel or LibreOffice
 * shows it as text instead of running it. Numbers stay numbers, so -12.5 written as a
 * number is untouched; only texts are changed.
 */
export function neutralizeCell<T extends string | number | boolean | null | undefined>(value: T): T | string {
  if (typeof value !== "string" || value.length === 0) return value;
  return FORMULA_TRIGGERS.has(value[0]!) ? `'${value}` : value;
}
