import type { DimensionDefinition } from "@/lib/frameworks/schemas";

/**
 * Disaggregations every workspace starts with. Member codes follow SDMX conventions
 * (F/M, Y15T24...) so that SDMX exports need no translation table. The Romanian and Russian
 * names are the government's working languages (issue 13); French and Spanish come with the
 * other built-in texts (withBuiltinDimensionTranslations).
 */
export const STANDARD_DIMENSIONS: DimensionDefinition[] = [
  {
    code: "SEX",
    name: "Sex",
    nameTranslations: { ro: "Sex", ru: "Пол" },
    members: [
      { code: "F", name: "Female", nameTranslations: { ro: "Femei", ru: "Женщины" } },
      { code: "M", name: "Male", nameTranslations: { ro: "Bărbați", ru: "Мужчины" } },
    ],
  },
  {
    code: "AGE_GROUP",
    name: "Age group",
    nameTranslations: { ro: "Grupă de vârstă", ru: "Возрастная группа" },
    members: [
      { code: "Y0T14", name: "0-14 years", nameTranslations: { ro: "0-14 ani", ru: "0–14 лет" } },
      { code: "Y15T24", name: "15-24 years", nameTranslations: { ro: "15-24 ani", ru: "15–24 года" } },
      { code: "Y25T54", name: "25-54 years", nameTranslations: { ro: "25-54 ani", ru: "25–54 года" } },
      { code: "Y55T64", name: "55-64 years", nameTranslations: { ro: "55-64 ani", ru: "55–64 года" } },
      { code: "Y_GE65", name: "65 years and over", nameTranslations: { ro: "65 de ani și peste", ru: "65 лет и старше" } },
    ],
  },
  {
    code: "MIGRANT_STATUS",
    name: "Migrant status",
    nameTranslations: { ro: "Statut migrator", ru: "Миграционный статус" },
    members: [
      { code: "EMIGRANT", name: "Emigrant (diaspora)", nameTranslations: { ro: "Emigrant (diaspora)", ru: "Эмигрант (диаспора)" } },
      { code: "RETURNEE", name: "Returning migrant", nameTranslations: { ro: "Migrant revenit", ru: "Вернувшийся мигрант" } },
      { code: "IMMIGRANT", name: "Immigrant", nameTranslations: { ro: "Imigrant", ru: "Иммигрант" } },
      { code: "NON_MIGRANT", name: "Non-migrant", nameTranslations: { ro: "Non-migrant", ru: "Не мигрант" } },
    ],
  },
  {
    code: "REGION",
    name: "Development region",
    nameTranslations: { ro: "Regiune de dezvoltare", ru: "Регион развития" },
    members: [
      { code: "NORTH", name: "North", nameTranslations: { ro: "Nord", ru: "Север" } },
      { code: "CENTRE", name: "Centre", nameTranslations: { ro: "Centru", ru: "Центр" } },
      { code: "SOUTH", name: "South", nameTranslations: { ro: "Sud", ru: "Юг" } },
      { code: "CAPITAL", name: "Capital municipality", nameTranslations: { ro: "Municipiul capitală", ru: "Столичный муниципий" } },
    ],
  },
];
