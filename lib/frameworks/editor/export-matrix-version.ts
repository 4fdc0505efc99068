import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { writeMatrixWorkbook } from "@/lib/matrix/write-matrix-workbook";
import { findVersionToExport } from "./find-version-to-export";

/** Any version of a framework as a matrix workbook, which imports back as the same version. */
export async function exportMatrixVersion(access: AccessContext, raw: unknown): Promise<{ fileName: string; bytes: Buffer }> {
  const { definition, references, fileStem } = await findVersionToExport(access, raw);
  return { fileName: `${fileStem}.xlsx`, bytes: await writeMatrixWorkbook(definition, references) };
}
