import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getAuth } from "@/lib/auth/auth";
import { trustedForwardedHeader } from "@/lib/auth/client-address";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { getAppUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Who calls the API: `Authorization: Bearer <token>` for machine clients, else the session
 * cookie of a signed-in browser. Cookie-authenticated changes must come from this site
 * (Origin check), so another site cannot make a signed-in person's browser change data.
 */
export async function authenticateApiRequest(request: Request): Promise<AccessContext> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) throw new AppError("UNAUTHENTICATED", libText("errors.authorizationHeaderFormat"));
    const access = await authenticateApiToken(match[1]);
    if (!access) throw new AppError("UNAUTHENTICATED", libText("errors.apiTokenNotValid"));
    return access;
  }

  const session = await getAuth().api.getSession({ headers: request.headers });
  if (!session) throw new AppError("UNAUTHENTICATED", libText("errors.signInOrToken"));
  if (session.user.mustChangePassword) throw new AppError("FORBIDDEN", libText("errors.choosePasswordFirst"));
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
    throw new AppError("FORBIDDEN", libText("errors.crossSiteRefused"));
  }
  const access = await loadAccessContext(session.user.id, { via: "session" });
  if (!access) throw new AppError("FORBIDDEN", libText("errors.noWorkspaceAccess"));
  return access;
}

/**
 * The Origin must be the tracker's own address (scheme and host), as configured or as
 * requested. The requested host is the Host header, or X-Forwarded-Host only when a trusted
 * proxy (TRUSTED_PROXIES) sent it: otherwise a page elsewhere could name its own host there.
 */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  let claimed: URL;
  try {
    claimed = new URL(origin);
  } catch {
    return false;
  }
  if (claimed.origin === new URL(getAppUrl()).origin) return true;
  const host = trustedForwardedHeader(request.headers, "x-forwarded-host") ?? request.headers.get("host");
  const scheme = trustedForwardedHeader(request.headers, "x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return host !== null && claimed.host === host && claimed.protocol === `${scheme}:`;
}
