import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { asObject, noQuerySchema, readJsonBody, requireNoQuery, versionNumberParam } from "@/lib/api/schemas";
import { findVersionIndicatorId } from "@/lib/frameworks/editor/find-version-indicator-id";
import { retireIndicator } from "@/lib/frameworks/editor/retire-indicator";
import { updateIndicator } from "@/lib/frameworks/editor/update-indicator";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { libText } from "@/lib/i18n/lib-text";

type Params = { code: string; number: string; indicator: string };

async function indicatorIdOf(access: Parameters<typeof findVersionIndicatorId>[0], params: Params): Promise<string> {
  const versionNumber = parseOrThrow(versionNumberParam, params.number, libText("errors.addressNoVersionNumber"));
  return findVersionIndicatorId(access, { frameworkCode: params.code, versionNumber, indicatorCode: params.indicator });
}

/** Replaces a draft indicator's definition: `{ indicator }`, every field in the matrix definition format. */
export const PUT = apiRoute<Params>(async ({ request, access, params }) => {
  requireNoQuery(request);
  const body = asObject(await readJsonBody(request));
  await updateIndicator(access, { ...body, indicatorId: await indicatorIdOf(access, params) });
  return apiJson({ updated: true });
});

/** Retires an indicator from a draft; its identity and values stay. */
export const DELETE = apiRoute<Params>(async ({ request, access, params }) => {
  parseOrThrow(noQuerySchema, searchParamsOf(request), libText("errors.noQueryParameters"));
  return apiJson(await retireIndicator(access, { indicatorId: await indicatorIdOf(access, params) }));
});
