import type { BuiltinFrameworkTexts } from "./builtin-texts";
import { MGI_INDICATOR_TEXTS_D1_D2 } from "./mgi-indicators-d1-d2-fr-es";
import { MGI_INDICATOR_TEXTS_D3_D4 } from "./mgi-indicators-d3-d4-fr-es";
import { MGI_INDICATOR_TEXTS_D5_D6 } from "./mgi-indicators-d5-d6-fr-es";

/**
 * The MGI template (mgi.ts) in French and Spanish. Its English wording is ours, and so are these
 * translations. Checked against IOM's Migration Data Portal in French and Spanish: the name
 * "Indicateurs de gouvernance des migrations (IGM)" / "Indicadores de Gobernanza de la Migración
 * (IGM)", domain 1 "Droits des migrants" / "Derechos de los migrantes", and the French names of
 * the sub-areas D1.2-D1.4, D1.7, D2.1-D2.5, D3.1 and D3.2. The other domain names follow IOM's
 * usual wording as far as we know it, unchecked; the sub-areas of domains 4 to 6 are ours, as
 * in English. Like the English, the texts carry no "unverified" mark (sdg-10-7-2-fr-es.ts does).
 */
export const MGI_TEXTS: BuiltinFrameworkTexts = {
  name: {
    fr: "Indicateurs de gouvernance des migrations (IGM)",
    es: "Indicadores de Gobernanza de la Migración (IGM)",
  },
  description: {
    fr: "Une évaluation de l'organisation de la gouvernance nationale des migrations dans six domaines, fondée sur le Cadre de gouvernance des migrations de l'OIM. Chaque indicateur indique si une politique, une loi ou un dispositif institutionnel est absent, partiellement présent ou pleinement présent. Les résultats décrivent les points forts et les lacunes pour le débat national ; ils ne constituent pas un classement et ne produisent aucun score composite par pays.",
    es: "Una evaluación de cómo se organiza la gobernanza nacional de la migración en seis ámbitos, basada en el Marco de Gobernanza de la Migración de la OIM. Cada indicador registra si una política, ley o disposición institucional está ausente, parcialmente presente o plenamente presente. Los resultados describen fortalezas y carencias para el debate nacional; no son una clasificación ni producen una puntuación compuesta por país.",
  },
  areas: {
    D1: {
      name: { fr: "Droits des migrants", es: "Derechos de los migrantes" },
      description: {
        fr: "La mesure dans laquelle les migrants peuvent recourir aux services de base, travailler, être rejoints par leur famille, s'établir durablement et participer à la vie publique, ainsi que les instruments internationaux que le pays a acceptés.",
        es: "En qué medida los migrantes pueden utilizar los servicios básicos, trabajar, reunirse con su familia, establecerse a largo plazo y participar en la vida pública, y qué instrumentos internacionales ha aceptado el país.",
      },
    },
    "D1.1": {
      name: {
        fr: "Accès aux services sociaux de base et à la sécurité sociale",
        es: "Acceso a los servicios sociales básicos y a la seguridad social",
      },
    },
    "D1.2": { name: { fr: "Regroupement familial", es: "Reunificación familiar" } },
    "D1.3": { name: { fr: "Droit au travail", es: "Derecho al trabajo" } },
    "D1.4": {
      name: {
        fr: "Résidence de longue durée et cheminement vers la citoyenneté",
        es: "Residencia de larga duración y vía de acceso a la ciudadanía",
      },
    },
    "D1.5": { name: { fr: "Participation civique", es: "Participación cívica" } },
    "D1.6": { name: { fr: "Conventions internationales ratifiées", es: "Convenciones internacionales ratificadas" } },
    "D1.7": { name: { fr: "Accords bilatéraux", es: "Acuerdos bilaterales" } },
    D2: {
      name: { fr: "Approche pangouvernementale", es: "Enfoque de gobierno integral" },
      description: {
        fr: "Si la politique migratoire repose sur des mandats institutionnels clairs, une stratégie, un cadre juridique, une coordination au sein du gouvernement et des données fiables.",
        es: "Si la política migratoria se basa en mandatos institucionales claros, una estrategia, un marco jurídico, la coordinación dentro del gobierno y datos fiables.",
      },
    },
    "D2.1": { name: { fr: "Cadre institutionnel", es: "Marco institucional" } },
    "D2.2": { name: { fr: "Stratégie de migration", es: "Estrategia migratoria" } },
    "D2.3": { name: { fr: "Cadre juridique", es: "Marco jurídico" } },
    "D2.4": {
      name: { fr: "Transparence institutionnelle et cohérence", es: "Transparencia y coherencia institucional" },
    },
    "D2.5": { name: { fr: "Données sur les migrations", es: "Datos sobre migración" } },
    D3: {
      name: { fr: "Partenariats", es: "Alianzas" },
      description: {
        fr: "La manière dont le gouvernement travaille avec d'autres États, des organisations internationales et des acteurs non étatiques en matière de migration.",
        es: "Cómo trabaja el gobierno con otros Estados, organizaciones internacionales y actores no estatales en materia de migración.",
      },
    },
    "D3.1": { name: { fr: "Coopération régionale", es: "Cooperación regional" } },
    "D3.2": { name: { fr: "Coopération mondiale", es: "Cooperación mundial" } },
    "D3.3": { name: { fr: "Autres partenariats", es: "Otras alianzas" } },
    D4: {
      name: { fr: "Bien-être des migrants", es: "Bienestar de los migrantes" },
      description: {
        fr: "Les politiques qui aident les migrants et la société à tirer parti de la migration : reconnaissance des compétences, adéquation avec le marché du travail, rapatriements de fonds et mobilité étudiante.",
        es: "Las políticas que ayudan a los migrantes y a la sociedad a beneficiarse de la migración: reconocimiento de competencias, adecuación al mercado laboral, remesas y movilidad estudiantil.",
      },
    },
    "D4.1": {
      name: {
        fr: "Reconnaissance des compétences et des qualifications",
        es: "Reconocimiento de competencias y cualificaciones",
      },
    },
    "D4.2": { name: { fr: "Adéquation avec le marché du travail", es: "Adecuación al mercado laboral" } },
    "D4.3": { name: { fr: "Rapatriements de fonds", es: "Remesas" } },
    "D4.4": { name: { fr: "Mobilité étudiante", es: "Movilidad estudiantil" } },
    D5: {
      name: { fr: "Dimension de mobilité des crises", es: "Dimensión de movilidad de las crisis" },
      description: {
        fr: "La manière dont le pays se prépare aux crises qui provoquent ou touchent les déplacements de personnes, y compris les catastrophes, les conflits et les urgences sanitaires, y répond et s'en relève.",
        es: "Cómo se prepara el país para las crisis que provocan o afectan el desplazamiento de personas, incluidos los desastres, los conflictos y las emergencias sanitarias, cómo responde a ellas y cómo se recupera.",
      },
    },
    "D5.1": { name: { fr: "Préparation aux crises", es: "Preparación ante las crisis" } },
    "D5.2": { name: { fr: "Réponse aux crises", es: "Respuesta a las crisis" } },
    "D5.3": { name: { fr: "Relèvement après une crise", es: "Recuperación después de las crisis" } },
    D6: {
      name: { fr: "Migration sûre, ordonnée et régulière", es: "Migración segura, ordenada y regular" },
      description: {
        fr: "Si les frontières, l'admission, la lutte contre la traite et le trafic illicite de migrants, ainsi que le retour et la réintégration, sont gérés de manière à assurer une migration sûre, ordonnée et régulière.",
        es: "Si las fronteras, la admisión, la lucha contra la trata y el tráfico ilícito de migrantes, y el retorno y la reintegración se gestionan de modo que la migración sea segura, ordenada y regular.",
      },
    },
    "D6.1": { name: { fr: "Gestion des frontières", es: "Gestión de fronteras" } },
    "D6.2": { name: { fr: "Critères d'admission et de visa", es: "Criterios de admisión y de visado" } },
    "D6.3": {
      name: { fr: "Traite des personnes et trafic illicite de migrants", es: "Trata de personas y tráfico ilícito de migrantes" },
    },
    "D6.4": { name: { fr: "Retour et réintégration", es: "Retorno y reintegración" } },
  },
  indicators: { ...MGI_INDICATOR_TEXTS_D1_D2, ...MGI_INDICATOR_TEXTS_D3_D4, ...MGI_INDICATOR_TEXTS_D5_D6 },
};
