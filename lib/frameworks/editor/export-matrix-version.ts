import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import type { Locale } from "@/lib/i18n/locales";
import { writeMatrixWorkbook } from "@/lib/matrix/write-matrix-workbook";
import { findVersionToExport } from "./find-version-to-export";

/** Any version of a framework as a matrix workbook, which imports back as the same version; its explanations in `locale`. */
export async function exportMatrixVersion(
  access: AccessContext,
  raw: unknown,
  locale?: Locale,
): Promise<{ fileName: string; bytes: Buffer }> {
  const { definition, references, fileStem } = await findVersionToExport(access, raw);
  return { fileName: `${fileStem}.xlsx`, bytes: await writeMatrixWorkbook(definition, references, locale) };
}
