import type { ValueStatus } from "@/lib/generated/prisma/enums";

/** What the audit log keeps of a value before and after a change. */
export function valueSnapshot(value: {
  number: number | null;
  levelCode: string | null;
  text: string | null;
  comment?: string | null;
  source?: string | null;
  evidenceUrl?: string | null;
  status: ValueStatus;
  version: number;
  returnReason?: string | null;
}) {
  return {
    value: value.number ?? value.levelCode ?? value.text,
    status: value.status,
    version: value.version,
    ...(value.comment !== undefined ? { comment: value.comment } : {}),
    ...(value.source !== undefined ? { source: value.source } : {}),
    ...(value.evidenceUrl !== undefined ? { evidenceUrl: value.evidenceUrl } : {}),
    ...(value.returnReason ? { returnReason: value.returnReason } : {}),
  };
}
