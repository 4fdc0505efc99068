import type { BuiltinDimensionTexts } from "./fr-es-texts";

/**
 * The standard disaggregations (dimensions.ts) in French and Spanish, by dimension and member
 * code. Age groups are written as the UN's French and Spanish statistics write them.
 */
export const DIMENSION_TEXTS: Record<string, BuiltinDimensionTexts> = {
  SEX: {
    name: { fr: "Sexe", es: "Sexo" },
    members: {
      F: { fr: "Femmes", es: "Mujeres" },
      M: { fr: "Hommes", es: "Hombres" },
    },
  },
  AGE_GROUP: {
    name: { fr: "Groupe d'âge", es: "Grupo de edad" },
    members: {
      Y0T14: { fr: "0-14 ans", es: "0-14 años" },
      Y15T24: { fr: "15-24 ans", es: "15-24 años" },
      Y25T54: { fr: "25-54 ans", es: "25-54 años" },
      Y55T64: { fr: "55-64 ans", es: "55-64 años" },
      Y_GE65: { fr: "65 ans et plus", es: "65 años y más" },
    },
  },
  MIGRANT_STATUS: {
    name: { fr: "Statut migratoire", es: "Situación migratoria" },
    members: {
      EMIGRANT: { fr: "Émigré (diaspora)", es: "Emigrante (diáspora)" },
      RETURNEE: { fr: "Migrant de retour", es: "Migrante retornado" },
      IMMIGRANT: { fr: "Immigré", es: "Inmigrante" },
      NON_MIGRANT: { fr: "Non-migrant", es: "No migrante" },
    },
  },
  REGION: {
    name: { fr: "Région de développement", es: "Región de desarrollo" },
    members: {
      NORTH: { fr: "Nord", es: "Norte" },
      CENTRE: { fr: "Centre", es: "Centro" },
      SOUTH: { fr: "Sud", es: "Sur" },
      CAPITAL: { fr: "Municipalité de la capitale", es: "Municipio capital" },
    },
  },
};
