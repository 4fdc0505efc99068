import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import type { Locale } from "@/lib/i18n/locales";
import { writeMatrixTemplate } from "@/lib/matrix/write-matrix-template";
import { loadMatrixReferences } from "./load-matrix-references";

/** A blank matrix workbook with the workspace's institutions and dimensions to pick codes from; its explanations in `locale`. */
export async function exportMatrixTemplate(access: AccessContext, locale?: Locale): Promise<{ fileName: string; bytes: Buffer }> {
  requirePermission(access, "frameworks.manage");
  const references = await loadMatrixReferences(access.workspace.id);
  return { fileName: "matrix-template.xlsx", bytes: await writeMatrixTemplate(references, locale) };
}
