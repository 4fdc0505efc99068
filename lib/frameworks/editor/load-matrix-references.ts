import "server-only";
import type { MatrixReferences } from "@/lib/matrix/matrix-references";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/** The workspace's institutions and dimensions, as a matrix file may name them. Two queries. */
export async function loadMatrixReferences(workspaceId: string): Promise<MatrixReferences> {
  const scoped = inWorkspace(workspaceId);
  const [institutions, dimensions] = await Promise.all([
    scoped.institution.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    scoped.dimension.findMany({
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: { code: true, name: true, members: { orderBy: [{ position: "asc" }, { code: "asc" }], select: { code: true, name: true } } },
    }),
  ]);
  return { institutions, dimensions };
}
