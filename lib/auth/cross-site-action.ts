/**
 * Whether a request is a server action sent from another site. Next.js refuses those itself,
 * but answers 500 ("Invalid Server Actions request"), which reads as our failure and hides an
 * attack in the error log; proxy.ts answers 403 first, by the same rule as Next.js (so nothing
 * it would accept is refused): the Origin's host must equal X-Forwarded-Host when present,
 * else Host. X-Forwarded-Host reaches this far only from a trusted proxy, or as Next.js fills
 * it from Host (lib/auth/forwarded-headers-guard.ts). A request without Origin is not a
 * browser's cross-site request (browsers send Origin on every POST) and is left to Next.js.
 */
export function isCrossSiteServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  const mediaType = (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const isPossibleAction = headers.has("next-action") || mediaType === "multipart/form-data";
  if (!isPossibleAction) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwardedHost || headers.get("host");
  return !host || host !== originHost;
}

/** A path with a malformed percent-escape ("/frameworks/%E0%A4%A") names no page: 400, not a URIError. */
export function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
