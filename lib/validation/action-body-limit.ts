/**
 * The most a form posted to a page (a server action) may send. Next reads an action's whole
 * body before the action can check anything, and its one limit (next.config.js) must fit the
 * largest upload; so the proxy refuses larger bodies on every other page by their declared
 * length (decision 024). A body without a declared length is still held to Next's limit.
 */
const DEFAULT_ACTION_BODY_BYTES = 6 * 1024 * 1024;

/** Pages whose forms upload more than the default, with what they may send. */
const LARGE_ACTION_BODIES: readonly { path: RegExp; bytes: number }[] = [
  // A zipped Open SDG data set: 50 MB (lib/open-sdg/start-open-sdg-import.ts), plus the form's fields.
  { path: /^\/frameworks\/import$/, bytes: 51 * 1024 * 1024 },
  // Evidence files on a value's page: 20 MB a request (lib/evidence), plus the form's fields.
  { path: /^\/values\/[^/]+$/, bytes: 21 * 1024 * 1024 },
];

export function actionBodyLimitFor(pathname: string): number {
  return LARGE_ACTION_BODIES.find((page) => page.path.test(pathname))?.bytes ?? DEFAULT_ACTION_BODY_BYTES;
}

/** True when a POST to a page declares a body larger than that page's forms may send. */
export function isActionBodyTooLarge(method: string, pathname: string, contentLength: string | null): boolean {
  if (method !== "POST" || contentLength === null) return false;
  const length = Number(contentLength);
  return Number.isFinite(length) && length > actionBodyLimitFor(pathname);
}
