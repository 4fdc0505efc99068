/**
 * The texts of review notices. English for now: each takes the person's locale so that
 * translations (messages/<locale>.json, decision 029) can be dropped in without touching callers.
 */
type NoticeText = { title: string; body: string; link: string };

export function valueReturnedNotice(
  _locale: string,
  value: { valueId: string; reason: string; breakdown: string; year: number; indicator: { code: string; name: string } },
): NoticeText {
  return {
    title: `Value returned: ${value.indicator.code} ${value.year}`,
    body:
      `The secretariat returned the ${value.year} value of ${value.indicator.code} ${value.indicator.name} (${value.breakdown}).\n` +
      `Reason: ${value.reason}\n` +
      `Please correct it or answer the reason, then submit it again.`,
    link: `/values/${value.valueId}`,
  };
}

export function valueApprovedNotice(_locale: string, cycle: { frameworkCode: string; year: number; codes: readonly string[] }): NoticeText {
  const count = cycle.codes.length;
  const listed = cycle.codes.slice(0, 10).join(", ") + (count > 10 ? ` and ${count - 10} more` : "");
  return {
    title: `${count} ${count === 1 ? "value" : "values"} approved: ${cycle.frameworkCode} ${cycle.year}`,
    body: `The secretariat approved ${count === 1 ? "a value" : `${count} values`} of your institution in the ${cycle.year} cycle of ${cycle.frameworkCode}: ${listed}.`,
    link: `/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}/entry`,
  };
}
