/**
 * Units that count whole things (issue 14, trap 6): a count of persons, events or agreements
 * is a whole number, so 12.5 persons is refused rather than stored. The model has no measure
 * type of its own (an indicator names its unit as free text, in its framework's language), so
 * a count is recognised by its unit: a plural noun of things that cannot be split, in the
 * five interface languages. Units of measure (days, USD thousand, hours, km) are not counts:
 * averages of them may carry decimals.
 */
const COUNT_UNITS = new Set([
  // English
  "persons",
  "people",
  "participants",
  "migrants",
  "returnees",
  "workers",
  "students",
  "inspectors",
  "staff",
  "officials",
  "officers",
  "employees",
  "beneficiaries",
  "households",
  "families",
  "children",
  "women",
  "men",
  "events",
  "meetings",
  "sessions",
  "trainings",
  "courses",
  "agreements",
  "projects",
  "programmes",
  "programs",
  "enterprises",
  "companies",
  "businesses",
  "institutions",
  "organisations",
  "organizations",
  "associations",
  "centres",
  "centers",
  "offices",
  "cases",
  "complaints",
  "applications",
  "permits",
  "visas",
  "documents",
  "laws",
  "policies",
  "plans",
  "reports",
  "publications",
  "campaigns",
  "consultations",
  "municipalities",
  "countries",
  "partnerships",
  "memoranda",
  "cooperation agreements",
  "number",
  // Romanian
  "persoane",
  "participanți",
  "migranți",
  "lucrători",
  "evenimente",
  "întâlniri",
  "acorduri",
  "proiecte",
  "întreprinderi",
  "instituții",
  "cazuri",
  "documente",
  // Russian
  "человек",
  "лиц",
  "участников",
  "мигрантов",
  "мероприятий",
  "соглашений",
  "проектов",
  "предприятий",
  "учреждений",
  "случаев",
  // French
  "personnes",
  "participants",
  "migrants",
  "événements",
  "accords",
  "projets",
  "entreprises",
  "institutions",
  "cas",
  // Spanish
  "personas",
  "participantes",
  "migrantes",
  "eventos",
  "acuerdos",
  "proyectos",
  "empresas",
  "instituciones",
  "casos",
]);

export function isCountUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  const normalised = unit
    .trim()
    .toLowerCase()
    .replace(/^(number of|nr\.? of|numărul de|nombre de|número de|количество)\s+/, "");
  return COUNT_UNITS.has(normalised);
}
