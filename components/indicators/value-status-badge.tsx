import { getValueStatusLabels } from "@/app/_i18n/get-status-labels";
import type { ValueStatus } from "@/lib/generated/prisma/enums";

const CLASS_NAMES: Record<ValueStatus, string> = {
  DRAFT: "status status--draft",
  SUBMITTED: "status status--submitted",
  RETURNED: "status status--returned",
  APPROVED: "status status--approved",
};

export async function ValueStatusBadge({ status }: { status: ValueStatus }) {
  const labels = await getValueStatusLabels();
  return <span className={CLASS_NAMES[status]}>{labels[status]}</span>;
}
