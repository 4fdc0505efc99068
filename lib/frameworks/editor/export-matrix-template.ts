import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { writeMatrixTemplate } from "@/lib/matrix/write-matrix-template";
import { loadMatrixReferences } from "./load-matrix-references";

/** A blank matrix workbook with the workspace's institutions and dimensions to pick codes from. */
export async function exportMatrixTemplate(access: AccessContext): Promise<{ fileName: string; bytes: Buffer }> {
  requirePermission(access, "frameworks.manage");
  const references = await loadMatrixReferences(access.workspace.id);
  return { fileName: "matrix-template.xlsx", bytes: await writeMatrixTemplate(references) };
}
