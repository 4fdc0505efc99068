/** Short names of the reference schemes indicators map to (domain.md). */

export const MGI_DOMAIN_NAMES: Record<number, string> = {
  1: "Migrants' rights",
  2: "Whole-of-government approach",
  3: "Partnerships",
  4: "Well-being of migrants",
  5: "Mobility dimensions of crises",
  6: "Safe, orderly and regular migration",
};

/** Global Compact for Safe, Orderly and Regular Migration (2018), objectives 1-23. */
export const GCM_OBJECTIVE_NAMES: Record<number, string> = {
  1: "Data",
  2: "Minimize adverse drivers",
  3: "Information provision",
  4: "Legal identity and documentation",
  5: "Regular pathways",
  6: "Fair recruitment and decent work",
  7: "Reduce vulnerabilities",
  8: "Save lives; missing migrants",
  9: "Counter smuggling",
  10: "Eradicate trafficking",
  11: "Integrated border management",
  12: "Screening, assessment and referral",
  13: "Alternatives to detention",
  14: "Consular protection",
  15: "Access to basic services",
  16: "Inclusion and social cohesion",
  17: "Eliminate discrimination",
  18: "Skills development and recognition",
  19: "Migrant and diaspora contributions",
  20: "Remittances",
  21: "Return and reintegration",
  22: "Portability of social security",
  23: "International cooperation",
};
