import { useTranslations } from "next-intl";
import type { ValueStatus } from "@/lib/generated/prisma/enums";

export const VALUE_STATUS_CLASS_NAMES: Record<ValueStatus, string> = {
  DRAFT: "status status--draft",
  SUBMITTED: "status status--submitted",
  RETURNED: "status status--returned",
  APPROVED: "status status--approved",
};

/** The values' states in the person's language, for components that a client component may render. */
export function useValueStatusLabels(): Record<ValueStatus, string> {
  const t = useTranslations("ValueStatus");
  return {
    DRAFT: t("draft"),
    SUBMITTED: t("submitted"),
    RETURNED: t("returned"),
    APPROVED: t("approved"),
  };
}

/** A value's state in the person's language. A hook, not an async component: the entry form (a client component) shows it too. */
export function ValueStatusBadge({ status }: { status: ValueStatus }) {
  const labels = useValueStatusLabels();
  return <span className={VALUE_STATUS_CLASS_NAMES[status]}>{labels[status]}</span>;
}
