/**
 * A disaggregation is a set of dimension = member pairs, e.g. { SEX: "F", AGE_GROUP: "15-24" }.
 * It is stored as one canonical key, sorted by dimension code with each part URI-encoded,
 * e.g. "AGE_GROUP=15-24;SEX=F", so that the database can enforce one value per indicator,
 * year and disaggregation. The empty key "" is the total.
 */
export type Disaggregation = Record<string, string>;

export const TOTAL_KEY = "";

export function formatDisaggregationKey(disaggregation: Disaggregation | null | undefined): string {
  if (!disaggregation) return TOTAL_KEY;
  return Object.entries(disaggregation)
    .filter(([, member]) => member !== "")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dimension, member]) => `${encodeURIComponent(dimension)}=${encodeURIComponent(member)}`)
    .join(";");
}

export function parseDisaggregationKey(key: string): Disaggregation {
  if (key === TOTAL_KEY) return {};
  // A Map, not an object, so that codes like "constructor" are ordinary keys.
  const parts = new Map<string, string>();
  for (const part of key.split(";")) {
    const separator = part.indexOf("=");
    if (separator <= 0 || separator === part.length - 1) throw new Error(`Malformed disaggregation key part "${part}" in "${key}"`);
    const dimension = decodeURIComponent(part.slice(0, separator));
    if (parts.has(dimension)) throw new Error(`Dimension ${dimension} repeated in "${key}"`);
    parts.set(dimension, decodeURIComponent(part.slice(separator + 1)));
  }
  return Object.fromEntries(parts);
}

export function isTotalKey(key: string): boolean {
  return key === TOTAL_KEY;
}

/** For the API: the total is null, anything else the dimension -> member object. */
export function disaggregationForApi(key: string): Disaggregation | null {
  return isTotalKey(key) ? null : parseDisaggregationKey(key);
}

/** "Female" or "Female, 15-24" using the catalogue's names where known. */
export function describeDisaggregation(key: string, memberNames: ReadonlyMap<string, string> = new Map()): string {
  if (isTotalKey(key)) return "Total";
  return Object.entries(parseDisaggregationKey(key))
    .map(([dimension, member]) => memberNames.get(`${dimension}=${member}`) ?? member)
    .join(", ");
}
