import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { AppError } from "@/lib/errors";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { authenticateApiRequest } from "./authenticate-api-request";
import { withApiErrors } from "./api-response";
import { libText } from "@/lib/i18n/lib-text";

type RouteArgs<P> = { request: Request; access: AccessContext; params: P };

/**
 * A route handler under /api/v1: authenticates the caller (401 without a valid session or
 * token), resolves the route parameters and maps errors to { error: { code, message } }.
 */
export function apiRoute<P = Record<string, never>>(handler: (args: RouteArgs<P>) => Promise<Response>) {
  return withApiErrors(async (request: Request, context: { params: Promise<P> } | undefined) => {
    requireWellFormedAddress(request);
    const access = await authenticateApiRequest(request);
    const params = context ? await readParams(context.params) : ({} as P);
    return handler({ request, access, params });
  });
}

const MALFORMED_ADDRESS = libText("errors.malformedAddress");

/**
 * A path with a malformed percent-escape names no resource of ours: 400 before anything reads
 * it, rather than a URIError deep inside (a 500). Checked on the raw path, segment by segment.
 */
function requireWellFormedAddress(request: Request): void {
  const { pathname } = new URL(request.url);
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      throw new AppError("BAD_REQUEST", MALFORMED_ADDRESS);
    }
  }
}

/**
 * The route's parameters, each a bounded text: a code a megabyte long is refused here, with a
 * message that does not repeat it, before any query or error message carries it.
 */
async function readParams<P>(params: Promise<P>): Promise<P> {
  let resolved: P;
  try {
    resolved = await params;
  } catch {
    throw new AppError("BAD_REQUEST", MALFORMED_ADDRESS);
  }
  // A route without dynamic segments gets no parameters at all from Next (undefined, not {}).
  for (const [name, value] of Object.entries((resolved ?? {}) as Record<string, unknown>)) {
    if (typeof value === "string" && value.length > TEXT_LIMITS.pathSegment)
      throw new AppError("BAD_REQUEST", libText("errors.addressPartTooLong", { name, max: String(TEXT_LIMITS.pathSegment) }));
  }
  return resolved ?? ({} as P);
}
