import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { hasMalformedEscape, isCrossSiteServerAction } from "@/lib/auth/cross-site-action";
import { isActionBodyTooLarge } from "@/lib/validation/action-body-limit";

/** Pages anyone may open without a session. */
const PUBLIC_PATHS = ["/sign-in", "/forgot-password", "/set-password"];

/**
 * Runs before every page request:
 * - a malformed address answers 400, and a server action from another site 403, before
 *   anything else reads them (otherwise each ends as a 500); a form body larger than its
 *   page's forms may send answers 413 before Next reads it;
 * - a Content-Security-Policy with a fresh nonce, which Next adds to its own scripts;
 * - a quick redirect to sign-in when there is no session cookie at all. This is only a
 *   convenience: every page and operation checks the session itself (lib/auth).
 */
export function proxy(request: NextRequest) {
  if (hasMalformedEscape(request.nextUrl.pathname))
    return plainText(400, "The address is not valid: it has a malformed percent-escape (such as %E0%A4%A).");
  if (isCrossSiteServerAction(request.method, request.headers))
    return plainText(403, "Cross-site request refused: forms of this tracker can only be sent from its own pages.");
  if (isActionBodyTooLarge(request.method, request.nextUrl.pathname, request.headers.get("content-length")))
    return plainText(413, "The form sent more data than this page accepts. Choose a smaller file.");

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDevelopment = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    isDevelopment ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // Charts and a few layout details use style attributes; attributes cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  if (!isPublic && !getSessionCookie(request, { cookiePrefix: "capacitas" })) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function plainText(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
