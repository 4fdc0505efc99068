import { useTranslations } from "next-intl";
import type { CycleStatus } from "@/lib/generated/prisma/enums";

export function CycleStatusBadge({ status }: { status: CycleStatus }) {
  const t = useTranslations("CycleStatus");
  return (
    <span className={status === "OPEN" ? "status status--submitted" : "status status--draft"}>
      {status === "OPEN" ? t("open") : t("closed")}
    </span>
  );
}
