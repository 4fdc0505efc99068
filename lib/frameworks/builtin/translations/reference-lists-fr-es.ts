import type { BuiltinText } from "./builtin-texts";
import { MGI_TEXTS } from "./mgi-fr-es";

/** The six MGI domains (reference-lists.ts) are MGI's top-level areas D1..D6, so they share their texts. */
export const MGI_DOMAIN_TEXTS: Readonly<Record<number, BuiltinText>> = Object.fromEntries(
  [1, 2, 3, 4, 5, 6].map((domain) => [domain, MGI_TEXTS.areas[`D${domain}`]!.name]),
);

/**
 * The short names of the 23 objectives of the Global Compact for Migration. Like the English
 * ones they are our abbreviations of the official titles, not the titles themselves.
 */
export const GCM_OBJECTIVE_TEXTS: Readonly<Record<number, BuiltinText>> = {
  1: { fr: "Données", es: "Datos" },
  2: { fr: "Réduire les facteurs négatifs", es: "Minimizar los factores adversos" },
  3: { fr: "Information", es: "Información" },
  4: { fr: "Identité juridique et documents", es: "Identidad jurídica y documentación" },
  5: { fr: "Filières de migration régulière", es: "Vías de migración regular" },
  6: { fr: "Recrutement équitable et travail décent", es: "Contratación equitativa y trabajo decente" },
  7: { fr: "Réduire les vulnérabilités", es: "Reducir las vulnerabilidades" },
  8: { fr: "Sauver des vies ; migrants disparus", es: "Salvar vidas; migrantes desaparecidos" },
  9: { fr: "Lutter contre le trafic illicite de migrants", es: "Combatir el tráfico ilícito de migrantes" },
  10: { fr: "Éliminer la traite des personnes", es: "Erradicar la trata de personas" },
  11: { fr: "Gestion intégrée des frontières", es: "Gestión integrada de las fronteras" },
  12: { fr: "Filtrage, évaluation et orientation", es: "Detección, evaluación y derivación" },
  13: { fr: "Alternatives à la rétention", es: "Alternativas a la detención" },
  14: { fr: "Protection consulaire", es: "Protección consular" },
  15: { fr: "Accès aux services de base", es: "Acceso a los servicios básicos" },
  16: { fr: "Inclusion et cohésion sociale", es: "Inclusión y cohesión social" },
  17: { fr: "Éliminer la discrimination", es: "Eliminar la discriminación" },
  18: { fr: "Développement et reconnaissance des compétences", es: "Desarrollo y reconocimiento de competencias" },
  19: { fr: "Contributions des migrants et de la diaspora", es: "Contribuciones de los migrantes y la diáspora" },
  20: { fr: "Rapatriements de fonds", es: "Remesas" },
  21: { fr: "Retour et réintégration", es: "Retorno y reintegración" },
  22: { fr: "Portabilité de la sécurité sociale", es: "Portabilidad de la seguridad social" },
  23: { fr: "Coopération internationale", es: "Cooperación internacional" },
};
