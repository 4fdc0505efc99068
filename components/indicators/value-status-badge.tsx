import { useTranslations } from "next-intl";
import type { ValueStatus } from "@/lib/generated/prisma/enums";

export const VALUE_STATUS_CLASS_NAMES: Record<ValueStatus, string> = {
  DRAFT: "status status--draft",
  SUBMITTED: "status status--submitted",
  RETURNED: "status status--returned",
  APPROVED: "status status--approved",
};

/** The values' states in the words of a translator of the ValueStatus messages. */
export function valueStatusLabels(t: ReturnType<typeof useTranslations<"ValueStatus">>): Record<ValueStatus, string> {
  return {
    DRAFT: t("draft"),
    SUBMITTED: t("submitted"),
    RETURNED: t("returned"),
    APPROVED: t("approved"),
  };
}

/** The values' states in the person's language, for components that a client component may render. */
export function useValueStatusLabels(): Record<ValueStatus, string> {
  return valueStatusLabels(useTranslations("ValueStatus"));
}

/** A value's state in the person's language. A hook, not an async component: the entry form (a client component) shows it too. */
export function ValueStatusBadge({ status }: { status: ValueStatus }) {
  return <ValueStatusMark status={status} labels={useValueStatusLabels()} />;
}

/** The badge with its words given: a form of many rows reads them once rather than in every row. */
export function ValueStatusMark({ status, labels }: { status: ValueStatus; labels: Record<ValueStatus, string> }) {
  return <span className={VALUE_STATUS_CLASS_NAMES[status]}>{labels[status]}</span>;
}
