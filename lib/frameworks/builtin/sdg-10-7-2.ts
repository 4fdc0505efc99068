import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { SDG_10_7_2_LEVELS } from "./scales";
import { SDG_10_7_2_TEXTS } from "./translations/sdg-10-7-2-fr-es";
import { withBuiltinTranslations } from "./translations/with-builtin-translations";

/**
 * The 30 sub-categories of SDG indicator 10.7.2, paraphrased. Definitions ending in
 * "(unverified)" could not be checked against the custodians' published list and should be
 * compared with the current questionnaire before official reporting.
 */
const SDG_10_7_2_IN_ENGLISH: FrameworkDefinition = {
  code: "SDG-10-7-2",
  name: "SDG indicator 10.7.2: well-managed migration policies",
  description:
    "The policy measure behind SDG indicator 10.7.2, for which UN DESA and IOM are the custodian agencies. It covers six policy domains with five sub-categories each; a domain score is the mean of its five sub-category scores multiplied by 100, and the overall score is the mean of all 30 sub-categories. The scores show where policies are in place and where gaps remain; they are not a ranking of countries.",
  scoringMethod: "SDG_10_7_2",
  version: { number: 1, label: "2019 methodology", status: "APPROVED", approvedAt: "2019-03-01" },
  areas: [
    {
      code: "PD_1",
      name: "Migrant rights",
      description: "How far migrants enjoy the same access as nationals to essential services, decent work and justice.",
      indicators: [
        {
          code: "PD_1.a",
          name: "Do migrants have access to essential and emergency health care on the same terms as nationals?",
          definition:
            "Yes when all migrants, whatever their immigration status, can obtain essential or emergency health care as nationals do. Partially when access is limited to migrants with a regular status; no when migrants have no such access.",
          valueType: "LEVELS",
          levels: SDG_10_7_2_LEVELS,
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [15], mgiDomain: 1 },
        },
        {
          code: "PD_1.b",
          name: "Do migrant children have access to public education on the same terms as nationals?",
          definition:
            "Yes when every migrant child, whatever the family's immigration status, may attend public schools as nationals do. Partially when only children with a regular status are admitted; no when access is denied.",
          valueType: "LEVELS",
          levels: SDG_10_7_2_LEVELS,
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [15], mgiDomain: 1 },
        },
        {
          code: "PD_1.c",
          name: "Are migrant workers entitled to equal pay for work of equal value?",
          definition:
            "Yes when the law guarantees all migrant workers the same pay as nationals for the same work, whatever their status. Partially when the guarantee covers only migrants with a regular status; no when there is no such guarantee.",
          valueType: "LEVELS",
          levels: SDG_10_7_2_LEVELS,
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [6, 17], mgiDomain: 1 },
        },
        {
          code: "PD_1.d",
          name: "Do migrants have access to social security on the same terms as nationals?",
          definition:
            "Yes when migrants can receive social security benefits on the same terms as nationals whatever their status. Partially when only migrants with a regular status are covered; no when they are excluded.",
          valueType: "LEVELS",
          levels: SDG_10_7_2_LEVELS,
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [15, 22], mgiDomain: 1 },
        },
        {
          code: "PD_1.e",
          name: "Do migrants have access to justice on the same terms as nationals?",
          definition:
            "Yes when all migrants can bring claims before courts and obtain legal aid as nationals do, whatever their status. Partially when access depends on a regular status; no when migrants cannot seek redress. (unverified)",
          valueType: "LEVELS",
          levels: SDG_10_7_2_LEVELS,
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [7, 17], mgiDomain: 1 },
        },
      ],
    },
    {
      code: "PD_2",
      name: "Whole-of-government / evidence-based policies",
      description: "Whether the institutions, strategies and data needed for coherent migration policy are in place.",
      indicators: [
        {
          code: "PD_2.a",
          name: "Is there a dedicated government entity responsible for implementing national migration policy?",
          definition:
            "Yes when a ministry, agency or department has a formal mandate to implement migration policy; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [23], mgiDomain: 2 },
        },
        {
          code: "PD_2.b",
          name: "Is there a national policy or strategy on regular migration pathways, including labour migration?",
          definition:
            "Yes when an adopted policy or strategy sets out regular channels for migration, labour migration among them; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [5], mgiDomain: 2 },
        },
        {
          code: "PD_2.c",
          name: "Is there a national policy or strategy to promote the inclusion or integration of migrants?",
          definition:
            "Yes when an adopted policy or strategy contains measures for the social and economic inclusion of migrants; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [16], mgiDomain: 2 },
        },
        {
          code: "PD_2.d",
          name: "Is there a formal mechanism to make migration policy gender-responsive?",
          definition:
            "Yes when a formal procedure or body ensures that migration policies take the different situations of women, men, girls and boys into account; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [7, 23], mgiDomain: 2 },
        },
        {
          code: "PD_2.e",
          name: "Is migration policy informed by data that are appropriately disaggregated?",
          definition:
            "Yes when a mechanism ensures that migration policy draws on data disaggregated by characteristics such as sex, age and migratory status; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [1], mgiDomain: 2 },
        },
      ],
    },
    {
      code: "PD_3",
      name: "Cooperation and partnerships",
      description: "Whether the government cooperates on migration across ministries, with other states and with non-state actors.",
      indicators: [
        {
          code: "PD_3.a",
          name: "Is there a formal inter-ministerial coordination mechanism on migration?",
          definition:
            "Yes when a formally established body or procedure coordinates migration matters across ministries; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [23], mgiDomain: 3 },
        },
        {
          code: "PD_3.b",
          name: "Has the country concluded bilateral agreements on migration, including labour migration?",
          definition:
            "Yes when at least one bilateral agreement on migration, such as a labour migration agreement, is in force; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [5, 23], mgiDomain: 3 },
        },
        {
          code: "PD_3.c",
          name: "Is the country party to regional agreements that promote mobility?",
          definition:
            "Yes when the country applies a regional agreement that facilitates the movement of people, for example free movement or visa facilitation; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [5, 23], mgiDomain: 3 },
        },
        {
          code: "PD_3.d",
          name: "Does the country cooperate with other countries on return and readmission?",
          definition:
            "Yes when agreements or arrangements on the return and readmission of migrants are in place with other countries; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [21, 23], mgiDomain: 3 },
        },
        {
          code: "PD_3.e",
          name: "Are civil society and the private sector formally engaged in migration policy?",
          definition:
            "Yes when a formal mechanism involves civil society and the private sector in shaping and implementing migration policy; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [16, 23], mgiDomain: 3 },
        },
      ],
    },
    {
      code: "PD_4",
      name: "Socioeconomic well-being",
      description: "Whether policies help migrants use their skills, earn decently and support their families and communities.",
      indicators: [
        {
          code: "PD_4.a",
          name: "Does the government match labour demand with migrants' skills through systematic assessment?",
          definition:
            "Yes when labour-market needs are assessed regularly and the results inform the admission of migrant workers; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [5, 18], mgiDomain: 4 },
        },
        {
          code: "PD_4.b",
          name: "Does the government facilitate recognition of skills and qualifications acquired abroad?",
          definition:
            "Yes when measures are in place to recognise diplomas, qualifications or skills obtained in another country; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [18], mgiDomain: 4 },
        },
        {
          code: "PD_4.c",
          name: "Does the government promote fair and ethical recruitment of migrant workers?",
          definition:
            "Yes when measures regulate recruiters and protect workers from abusive practices, such as being charged recruitment fees; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [6], mgiDomain: 4 },
        },
        {
          code: "PD_4.d",
          name: "Does the government facilitate remittance flows, including by lowering transfer costs?",
          definition: "Yes when measures make sending or receiving remittances cheaper, faster or safer; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [20], mgiDomain: 4 },
        },
        {
          code: "PD_4.e",
          name: "Does the government facilitate the portability of migrants' social security entitlements?",
          definition:
            "Yes when agreements or measures allow migrants to keep acquired pensions and other benefits when they move between countries; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [22], mgiDomain: 4 },
        },
      ],
    },
    {
      code: "PD_5",
      name: "Mobility dimensions of crises",
      description:
        "Whether the country is prepared to protect people who move, or cannot move, because of disasters, conflict and other crises.",
      indicators: [
        {
          code: "PD_5.a",
          name: "Does the national disaster risk reduction strategy address the displacement impacts of disasters?",
          definition: "Yes when the strategy contains specific provisions on displacement caused by disasters; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [2], mgiDomain: 5 },
        },
        {
          code: "PD_5.b",
          name: "Are there contingency plans for managing large-scale population movements in a crisis?",
          definition:
            "Yes when plans set out how the authorities receive and assist large numbers of people moving because of a crisis; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [2, 23], mgiDomain: 5 },
        },
        {
          code: "PD_5.c",
          name: "Does the government assist its citizens living in countries affected by crisis?",
          definition:
            "Yes when measures provide assistance, including evacuation where needed, to nationals abroad in crisis or post-crisis situations; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [14], mgiDomain: 5 },
        },
        {
          code: "PD_5.d",
          name: "Does the government assist migrants in the country during a crisis?",
          definition:
            "Yes when emergency assistance and protection measures explicitly extend to non-nationals present in the country during a crisis; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [7], mgiDomain: 5 },
        },
        {
          code: "PD_5.e",
          name: "Can people who cannot return to their country because of a crisis obtain temporary stay or protection?",
          definition:
            "Yes when the law allows a temporary permit or temporary protection for people whose country of origin is affected by crisis; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [5, 7], mgiDomain: 5 },
        },
      ],
    },
    {
      code: "PD_6",
      name: "Safe, orderly and regular migration",
      description:
        "Whether entry, stay and departure are managed in an orderly way and migrants are protected from trafficking and smuggling.",
      indicators: [
        {
          code: "PD_6.a",
          name: "Is there a dedicated government agency responsible for border management?",
          definition: "Yes when a designated agency is responsible for managing entry and exit at the borders; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [11], mgiDomain: 6 },
        },
        {
          code: "PD_6.b",
          name: "Is there a system to monitor visa overstays?",
          definition:
            "Yes when entry and exit records allow the authorities to identify people who stay beyond the period authorised by their visa; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [11], mgiDomain: 6 },
        },
        {
          code: "PD_6.c",
          name: "Are travellers checked before arrival through pre-arrival authorisation controls?",
          definition:
            "Yes when visas, electronic travel authorisations or passenger data are used to screen travellers before they arrive; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [11, 12], mgiDomain: 6 },
        },
        {
          code: "PD_6.d",
          name: "Is there a formal strategy to address trafficking in persons?",
          definition:
            "Yes when an adopted strategy or action plan addresses the prevention of trafficking, the protection of victims and the prosecution of traffickers; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [10], mgiDomain: 6 },
        },
        {
          code: "PD_6.e",
          name: "Is there a formal strategy to address the smuggling of migrants?",
          definition:
            "Yes when an adopted strategy or action plan addresses migrant smuggling while protecting the rights of smuggled migrants; no otherwise. (unverified)",
          valueType: "YES_NO",
          mappings: { sdgTargets: ["10.7"], gcmObjectives: [9], mgiDomain: 6 },
        },
      ],
    },
  ],
};

/** The definition to install, with the French and Spanish names of its areas and indicators (translations/). */
export const SDG_10_7_2_FRAMEWORK: FrameworkDefinition = withBuiltinTranslations(SDG_10_7_2_IN_ENGLISH, SDG_10_7_2_TEXTS);
