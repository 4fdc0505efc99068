/**
 * A link target a narrative may carry: http, https or mailto, nothing else (no javascript:,
 * data: or relative addresses that would act inside our own site). Null when refused.
 */
export function safeLinkTarget(url: string): string | null {
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}
