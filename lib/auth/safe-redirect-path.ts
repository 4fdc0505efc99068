/**
 * Where to send someone after sign-in: `next` when it is a path of this application, "/"
 * otherwise. Parsed with the URL standard against the application's own origin, the way the
 * browser will read the Location header: "/\t/evil.example" or "/\\evil.example" are other
 * hosts to a browser although they start with one slash. The path comes back percent-encoded,
 * so a header never carries characters such as U+3000; a malformed escape ("%E0%A4%A") names
 * no page of ours and is refused rather than left for the router to choke on.
 */
export function safeRedirectPath(next: unknown, appOrigin: string): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  let target: URL;
  try {
    target = new URL(next, appOrigin);
  } catch {
    return "/";
  }
  const path = `${target.pathname}${target.search}${target.hash}`;
  // A path that resolves to "//host" (e.g. from "/.//evil.example") reads as another host.
  if (target.origin !== new URL(appOrigin).origin || path.startsWith("//")) return "/";
  try {
    decodeURI(path);
  } catch {
    return "/";
  }
  return path;
}
