import "server-only";
import { NextResponse } from "next/server";
import { asAppError, type AppErrorCode } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { libTranslator, type LibTranslator } from "@/lib/i18n/lib-translator";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { browserLocale } from "@/lib/i18n/resolve-locale";
import type { FieldErrors } from "@/lib/problems/problems-json";

export type ApiErrorBody = { error: { code: string; message: string; fieldErrors?: FieldErrors; [detail: string]: unknown } };

/** What a 503 tells the client: a batch holding the database's write lock commits within a second or two. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * `details` (an object) adds machine-readable parts, e.g. { rows: [...] } or { conflicts: [...] }.
 * A 503 carries Retry-After, so that clients and proxies come back instead of giving up.
 */
export function apiError(
  code: AppErrorCode | "INTERNAL",
  message: string,
  status: number,
  fieldErrors?: FieldErrors,
  details?: Record<string, unknown>,
) {
  const body: ApiErrorBody = { error: { code, message, ...(fieldErrors ? { fieldErrors } : {}), ...details } };
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === 503) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return NextResponse.json(body, { status, headers });
}

export function apiJson<T>(data: T, init: { status?: number } = {}) {
  return NextResponse.json(data, { status: init.status ?? 200, headers: { "Cache-Control": "no-store" } });
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler: the one mapping of expected failures (AppError) to HTTP. They become
 * { error: { code, message } } with their status, and their problems as the API has always
 * answered them (`fieldErrors`, plus `rows` or `problems`: lib/problems/problems-json.ts);
 * anything else is logged and answered with a generic 500. Messages are worded in the language
 * the request's Accept-Language asks for (decision 035), English when it asks for none of ours
 * or cannot be read; `code` stays the same in every language, for programs.
 */
export function withApiErrors<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      const translator = await requestTranslator(request);
      const found = asAppError(error);
      if (found) {
        const expected = translator.error(found);
        return apiError(expected.code, expected.message, expected.status, expected.fieldErrors, expected.details);
      }
      console.error("Unexpected API error", error);
      return apiError("INTERNAL", translator.text(libText("errors.unexpectedInApi")), 500);
    }
  };
}

/** Words what lib/ says in the language the request's Accept-Language asks for; English when it asks for none of ours. */
export function requestTranslator(request: Request): Promise<LibTranslator> {
  return libTranslator(browserLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE);
}

/** Query string as a plain object, for zod. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
