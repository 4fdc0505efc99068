import { getTranslations } from "next-intl/server";
import { getRoleLabels } from "@/app/_i18n/get-role-labels";
import { ROLES } from "@/lib/auth/permissions";

/** The roles to choose from, named in the person's language (server components). */
export async function roleOptions(): Promise<{ value: string; label: string }[]> {
  const labels = await getRoleLabels();
  return ROLES.map((role) => ({ value: role, label: labels[role] }));
}

/** The active institutions to choose from, after "No institution" in the person's language. */
export async function institutionOptions(
  institutions: { id: string; code: string; name: string; isActive: boolean }[],
): Promise<{ value: string; label: string }[]> {
  const t = await getTranslations("InstitutionOptions");
  return [
    { value: "", label: t("none") },
    ...institutions
      .filter((institution) => institution.isActive)
      .map((institution) => ({ value: institution.id, label: `${institution.code} · ${institution.name}` })),
  ];
}
