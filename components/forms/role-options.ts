import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function institutionOptions(institutions: { id: string; code: string; name: string; isActive: boolean }[]) {
  return [
    { value: "", label: "No institution" },
    ...institutions
      .filter((institution) => institution.isActive)
      .map((institution) => ({ value: institution.id, label: `${institution.code} · ${institution.name}` })),
  ];
}
