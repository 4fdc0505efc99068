import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";

/** The roles' names in the person's language, for server components. */
export async function getRoleLabels(): Promise<Record<Role, string>> {
  const t = await getTranslations("Roles");
  return {
    ADMIN: t("admin"),
    SECRETARIAT: t("secretariat"),
    FOCAL_POINT: t("focalPoint"),
    WORKING_GROUP: t("workingGroup"),
    VIEWER: t("viewer"),
  };
}
