/** Whether an indicator's code or name contains every word of a search, ignoring case and accents. */
export function matchesSearch(indicator: { code: string; name: string }, search: string): boolean {
  const text = fold(`${indicator.code} ${indicator.name}`);
  return fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}
