import type { DimensionDefinition } from "@/lib/frameworks/schemas";

/**
 * Disaggregations every workspace starts with. Member codes follow SDMX conventions
 * (F/M, Y15T24...) so that SDMX exports need no translation table. Their names in the other
 * languages are in translations/dimensions-texts.ts, with the other built-in texts
 * (withBuiltinDimensionTranslations).
 */
export const STANDARD_DIMENSIONS: DimensionDefinition[] = [
  {
    code: "SEX",
    name: "Sex",
    members: [
      { code: "F", name: "Female" },
      { code: "M", name: "Male" },
    ],
  },
  {
    code: "AGE_GROUP",
    name: "Age group",
    members: [
      { code: "Y0T14", name: "0-14 years" },
      { code: "Y15T24", name: "15-24 years" },
      { code: "Y25T54", name: "25-54 years" },
      { code: "Y55T64", name: "55-64 years" },
      { code: "Y_GE65", name: "65 years and over" },
    ],
  },
  {
    code: "MIGRANT_STATUS",
    name: "Migrant status",
    members: [
      { code: "EMIGRANT", name: "Emigrant (diaspora)" },
      { code: "RETURNEE", name: "Returning migrant" },
      { code: "IMMIGRANT", name: "Immigrant" },
      { code: "NON_MIGRANT", name: "Non-migrant" },
    ],
  },
  {
    code: "REGION",
    name: "Development region",
    members: [
      { code: "NORTH", name: "North" },
      { code: "CENTRE", name: "Centre" },
      { code: "SOUTH", name: "South" },
      { code: "CAPITAL", name: "Capital municipality" },
    ],
  },
];
