import { apiJson, searchParamsOf } from "@/lib/api/api-response";
import { apiRoute } from "@/lib/api/api-route";
import { versionDiffQuerySchema, versionNumberParam } from "@/lib/api/schemas";
import { compareFrameworkVersions } from "@/lib/matrix/compare-framework-versions";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { libText } from "@/lib/i18n/lib-text";

/** The changes from version `against` to this version, field by field: GET .../versions/3/diff?against=2. */
export const GET = apiRoute<{ code: string; number: string }>(async ({ request, access, params }) => {
  const { against } = parseOrThrow(versionDiffQuerySchema, searchParamsOf(request), libText("errors.versionToCompareWith"));
  const number = parseOrThrow(versionNumberParam, params.number, libText("errors.addressNoVersionNumber"));
  return apiJson(await compareFrameworkVersions(access, params.code, { from: against, to: number }));
});
