import { useTranslations } from "next-intl";
import type { ValueStatus } from "@/lib/generated/prisma/enums";

const CLASS_NAMES: Record<ValueStatus, string> = {
  DRAFT: "status status--draft",
  SUBMITTED: "status status--submitted",
  RETURNED: "status status--returned",
  APPROVED: "status status--approved",
};

/** A value's state in the person's language. A hook, not an async component: the entry form (a client component) shows it too. */
export function ValueStatusBadge({ status }: { status: ValueStatus }) {
  const t = useTranslations("ValueStatus");
  const labels: Record<ValueStatus, string> = {
    DRAFT: t("draft"),
    SUBMITTED: t("submitted"),
    RETURNED: t("returned"),
    APPROVED: t("approved"),
  };
  return <span className={CLASS_NAMES[status]}>{labels[status]}</span>;
}
