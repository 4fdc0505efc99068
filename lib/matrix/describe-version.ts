import { VERSION_STATUS_LABELS } from "@/lib/indicators/format-value";
import type { VersionRef } from "./definition-diff";

/** `MGI version 2 "2024 revision" (Draft)`: one version of a diff, in words. */
export function describeVersion(version: VersionRef): string {
  const status = version.status ? (VERSION_STATUS_LABELS[version.status as keyof typeof VERSION_STATUS_LABELS] ?? version.status) : null;
  return `${version.frameworkCode} version ${version.number ?? "?"} "${version.label}"${status ? ` (${status})` : ""}`;
}
