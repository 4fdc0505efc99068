import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { authenticateApiRequest } from "./authenticate-api-request";
import { withApiErrors } from "./api-response";

type RouteArgs<P> = { request: Request; access: AccessContext; params: P };

/**
 * A route handler under /api/v1: authenticates the caller (401 without a valid session or
 * token), resolves the route parameters and maps errors to { error: { code, message } }.
 */
export function apiRoute<P = Record<string, never>>(handler: (args: RouteArgs<P>) => Promise<Response>) {
  return withApiErrors(async (request: Request, context: { params: Promise<P> } | undefined) => {
    const access = await authenticateApiRequest(request);
    const params = context ? await context.params : ({} as P);
    return handler({ request, access, params });
  });
}
