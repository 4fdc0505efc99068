import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { VALUE_STATUS_LABELS } from "@/lib/indicators/format-value";

const CLASS_NAMES: Record<ValueStatus, string> = {
  DRAFT: "status status--draft",
  SUBMITTED: "status status--submitted",
  RETURNED: "status status--returned",
  APPROVED: "status status--approved",
};

export function ValueStatusBadge({ status }: { status: ValueStatus }) {
  return <span className={CLASS_NAMES[status]}>{VALUE_STATUS_LABELS[status]}</span>;
}
