import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";

type VersionLike = { number: number; status: FrameworkVersionStatus };

/**
 * The version people work with: the newest approved one; before any approval, the newest
 * draft or consultation version. Superseded versions are history.
 */
export function pickCurrentVersion<T extends VersionLike>(versions: readonly T[]): T | null {
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  return (
    newestFirst.find((version) => version.status === "APPROVED") ??
    newestFirst.find((version) => version.status !== "SUPERSEDED") ??
    newestFirst[0] ??
    null
  );
}
