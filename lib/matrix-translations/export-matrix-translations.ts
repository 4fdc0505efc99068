import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { findVersionToExport } from "@/lib/frameworks/editor/find-version-to-export";
import type { Locale } from "@/lib/i18n/locales";
import { listTextRows } from "./translation-rows";
import { writeTranslationWorkbook } from "./write-translation-workbook";

/** Any version's texts as a translation workbook (decision 042), to fill in and import into a draft; its "Read me" in `locale`. */
export async function exportMatrixTranslations(
  access: AccessContext,
  raw: unknown,
  locale?: Locale,
): Promise<{ fileName: string; bytes: Buffer }> {
  const { definition, references, fileStem } = await findVersionToExport(access, raw);
  return {
    fileName: `${fileStem}-translations.xlsx`,
    bytes: await writeTranslationWorkbook(listTextRows(definition, references), `${definition.code} ${definition.version.label}`, locale),
  };
}
