import "server-only";
import { db } from "@/lib/db";
import type { MatrixReferences } from "@/lib/matrix/matrix-references";

/** The workspace's institutions and dimensions, as a matrix file may name them. Two queries. */
export async function loadMatrixReferences(workspaceId: string): Promise<MatrixReferences> {
  const [institutions, dimensions] = await Promise.all([
    db.institution.findMany({ where: { workspaceId }, orderBy: { code: "asc" }, select: { code: true, name: true } }),
    db.dimension.findMany({
      where: { workspaceId },
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: { code: true, name: true, members: { orderBy: [{ position: "asc" }, { code: "asc" }], select: { code: true, name: true } } },
    }),
  ]);
  return { institutions, dimensions };
}
