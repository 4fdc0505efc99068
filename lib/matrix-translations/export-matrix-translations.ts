import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { findVersionToExport } from "@/lib/frameworks/editor/find-version-to-export";
import { listTextRows } from "./translation-rows";
import { writeTranslationWorkbook } from "./write-translation-workbook";

/** Any version's texts as a translation workbook (decision 042), to fill in and import into a draft. */
export async function exportMatrixTranslations(access: AccessContext, raw: unknown): Promise<{ fileName: string; bytes: Buffer }> {
  const { definition, references, fileStem } = await findVersionToExport(access, raw);
  return {
    fileName: `${fileStem}-translations.xlsx`,
    bytes: await writeTranslationWorkbook(listTextRows(definition, references), `${definition.code} ${definition.version.label}`),
  };
}
