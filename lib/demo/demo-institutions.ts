import type { InstitutionDefinition } from "@/lib/frameworks/schemas";

/** Central public authorities of the fictional demo government. */
export const DEMO_INSTITUTIONS: InstitutionDefinition[] = [
  { code: "DRB", name: "Diaspora Relations Bureau (State Chancellery)" },
  { code: "MFA", name: "Ministry of Foreign Affairs" },
  { code: "MLSP", name: "Ministry of Labour and Social Protection" },
  { code: "MER", name: "Ministry of Education and Research" },
  { code: "MH", name: "Ministry of Health" },
  { code: "MEC", name: "Ministry of Economy" },
  { code: "MIA", name: "Ministry of Internal Affairs" },
  { code: "BMA", name: "Bureau for Migration and Asylum" },
  { code: "BPOL", name: "Border Police" },
  { code: "NBS", name: "National Bureau of Statistics" },
  { code: "NEA", name: "National Employment Agency" },
  { code: "PSA", name: "Public Services Agency" },
  { code: "NBK", name: "National Bank" },
  { code: "MF", name: "Ministry of Finance" },
  { code: "MJ", name: "Ministry of Justice" },
];
