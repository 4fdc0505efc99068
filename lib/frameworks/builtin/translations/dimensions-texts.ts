import type { BuiltinDimensionTexts } from "./builtin-texts";

/**
 * The standard disaggregations (dimensions.ts) in French, Spanish, Romanian and Russian, by
 * dimension and member code. Age groups are written as the UN's French and Spanish statistics
 * write them; Romanian and Russian are the government's working languages (issue 13).
 */
export const DIMENSION_TEXTS: Record<string, BuiltinDimensionTexts> = {
  SEX: {
    name: { fr: "Sexe", es: "Sexo", ro: "Sex", ru: "Пол" },
    members: {
      F: { fr: "Femmes", es: "Mujeres", ro: "Femei", ru: "Женщины" },
      M: { fr: "Hommes", es: "Hombres", ro: "Bărbați", ru: "Мужчины" },
    },
  },
  AGE_GROUP: {
    name: { fr: "Groupe d'âge", es: "Grupo de edad", ro: "Grupă de vârstă", ru: "Возрастная группа" },
    members: {
      Y0T14: { fr: "0-14 ans", es: "0-14 años", ro: "0-14 ani", ru: "0–14 лет" },
      Y15T24: { fr: "15-24 ans", es: "15-24 años", ro: "15-24 ani", ru: "15–24 года" },
      Y25T54: { fr: "25-54 ans", es: "25-54 años", ro: "25-54 ani", ru: "25–54 года" },
      Y55T64: { fr: "55-64 ans", es: "55-64 años", ro: "55-64 ani", ru: "55–64 года" },
      Y_GE65: { fr: "65 ans et plus", es: "65 años y más", ro: "65 de ani și peste", ru: "65 лет и старше" },
    },
  },
  MIGRANT_STATUS: {
    name: { fr: "Statut migratoire", es: "Situación migratoria", ro: "Statut migrator", ru: "Миграционный статус" },
    members: {
      EMIGRANT: { fr: "Émigré (diaspora)", es: "Emigrante (diáspora)", ro: "Emigrant (diaspora)", ru: "Эмигрант (диаспора)" },
      RETURNEE: { fr: "Migrant de retour", es: "Migrante retornado", ro: "Migrant revenit", ru: "Вернувшийся мигрант" },
      IMMIGRANT: { fr: "Immigré", es: "Inmigrante", ro: "Imigrant", ru: "Иммигрант" },
      NON_MIGRANT: { fr: "Non-migrant", es: "No migrante", ro: "Non-migrant", ru: "Не мигрант" },
    },
  },
  REGION: {
    name: { fr: "Région de développement", es: "Región de desarrollo", ro: "Regiune de dezvoltare", ru: "Регион развития" },
    members: {
      NORTH: { fr: "Nord", es: "Norte", ro: "Nord", ru: "Север" },
      CENTRE: { fr: "Centre", es: "Centro", ro: "Centru", ru: "Центр" },
      SOUTH: { fr: "Sud", es: "Sur", ro: "Sud", ru: "Юг" },
      CAPITAL: { fr: "Municipalité de la capitale", es: "Municipio capital", ro: "Municipiul capitală", ru: "Столичный муниципий" },
    },
  },
};
