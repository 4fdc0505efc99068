import type { Role } from "@/lib/generated/prisma/enums";

/** Every demo account's password; demo workspaces only (README). */
export const DEMO_PASSWORD = "capacitas-demo";

/** One demo account per role; the README lists them. Focal points name their institution's code. */
export const DEMO_USERS: { email: string; name: string; role: Role; institutionCode?: string }[] = [
  { email: "admin@demo.example", name: "Ana Administrator", role: "ADMIN" },
  { email: "secretariat@demo.example", name: "Sergiu Secretariat", role: "SECRETARIAT", institutionCode: "DRB" },
  { email: "focal@demo.example", name: "Felicia Focal", role: "FOCAL_POINT", institutionCode: "MLSP" },
  { email: "focal-mfa@demo.example", name: "Mihai Focal", role: "FOCAL_POINT", institutionCode: "MFA" },
  { email: "working-group@demo.example", name: "Veronica Working Group", role: "WORKING_GROUP" },
  { email: "viewer@demo.example", name: "Victor Viewer", role: "VIEWER" },
];

export const DEMO_WORKSPACE = {
  slug: "demo",
  name: "Demo Republic",
  seed: "capacitas-demo-v1",
} as const;
