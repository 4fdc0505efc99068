import "server-only";
import type { Tx } from "@/lib/db";
import { readCodeMapping } from "./edit-code-mapping";

/** A draft's link to the version it started from: that version's id and the draft's code mapping against it. */
export async function loadDraftBasis(tx: Tx, versionId: string) {
  const version = await tx.frameworkVersion.findUniqueOrThrow({ where: { id: versionId }, select: { basedOnId: true, codeMapping: true } });
  return { basedOnId: version.basedOnId, mapping: readCodeMapping(version.codeMapping) };
}

/** The code an identity had in the based-on version, or null when it is new in the draft. */
export async function basedOnCodeOf(tx: Tx, basedOnId: string | null, identityId: string): Promise<string | null> {
  if (!basedOnId) return null;
  const previous = await tx.indicator.findUnique({
    where: { versionId_identityId: { versionId: basedOnId, identityId } },
    select: { code: true },
  });
  return previous?.code ?? null;
}
