import { randomInt } from "node:crypto";

// No look-alike characters (0/O, 1/l/I): temporary passwords are read out or copied by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A temporary password, e.g. "h7Kp-3xQa-Wm9t-Rz2e": 16 random characters in groups of four (about 93 bits). */
export function generateTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}
