import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { MGI_LEVELS } from "./scales";
import { MGI_TEXTS } from "./translations/mgi-fr-es";
import { withBuiltinTranslations } from "./translations/with-builtin-translations";

/**
 * An assessment template in the shape of the IOM Migration Governance Indicators. The wording
 * is ours; the sub-areas of domains 4 to 6 follow the published examples and may be adapted.
 */
const MGI_IN_ENGLISH: FrameworkDefinition = {
  code: "MGI",
  name: "Migration Governance Indicators (MGI)",
  description:
    "An assessment of how national migration governance is organised across six domains, based on the IOM Migration Governance Framework. Each indicator records whether a policy, law or institutional arrangement is absent, partially present or fully present. The results describe strengths and gaps for national discussion; they are not a ranking and produce no composite country score.",
  scoringMethod: "NORMALISED_ACHIEVEMENT",
  version: { number: 1, label: "2019", status: "APPROVED", approvedAt: "2019-06-30" },
  areas: [
    {
      code: "D1",
      name: "Migrants' rights",
      description:
        "The extent to which migrants can use basic services, work, reunite with family, settle long term and take part in public life, and which international instruments the country has accepted.",
      areas: [
        {
          code: "D1.1",
          name: "Access to basic social services and social security",
          indicators: [
            {
              code: "MGI-1.1.1",
              name: "Migrants have equal access to public health services",
              definition:
                "Fully present when all migrants, whatever their status, may use publicly funded health care on the same terms as nationals. Partially present when access is limited to emergency care or to migrants with a residence permit.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [15], sdgTargets: ["3.8", "10.7"] },
              verification: "Health legislation and entitlement rules; guidance issued to health providers",
            },
            {
              code: "MGI-1.1.2",
              name: "Migrant children have access to public education on the same terms as nationals",
              definition:
                "Fully present when every child of school age may enrol in public schools regardless of the family's migration status. Partially present when enrolment depends on documents or a residence status that some migrant families cannot obtain.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [15, 16], sdgTargets: ["4.1", "10.7"] },
              verification: "Education law; school enrolment regulations and circulars",
            },
            {
              code: "MGI-1.1.3",
              name: "Migrants have equal access to social security and social protection",
              definition:
                "Fully present when migrants who contribute, or who reside lawfully, receive social security and assistance benefits on the same terms as nationals. Partially present when only some benefits or some categories of migrants are covered.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [15, 22], sdgTargets: ["1.3", "10.7"] },
              verification: "Social security and social assistance legislation; eligibility rules of the benefit agencies",
            },
          ],
        },
        {
          code: "D1.2",
          name: "Family reunification",
          indicators: [
            {
              code: "MGI-1.2.1",
              name: "Migrants with residence rights can be joined by their family members",
              definition:
                "Fully present when the law sets clear conditions under which spouses, children and other dependants may join a resident migrant and receive a permit. Partially present when reunification is possible only for some permit holders or at the discretion of the authorities.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [5], sdgTargets: ["10.7"] },
              verification: "Law on foreigners; implementing regulations on family reunification",
            },
          ],
        },
        {
          code: "D1.3",
          name: "Right to work",
          indicators: [
            {
              code: "MGI-1.3.1",
              name: "Lawfully resident migrants have the right to work",
              definition:
                "Fully present when residence permit holders, including family members, may take up employment or self-employment without a separate restrictive authorisation. Partially present when the right is limited to some permit types, sectors or employers.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [5, 6], sdgTargets: ["8.5", "10.7"] },
              verification: "Labour code; law on foreigners; work permit regulations",
            },
            {
              code: "MGI-1.3.2",
              name: "Migrant workers are entitled to equal pay and working conditions",
              definition:
                "Fully present when labour law guarantees migrant workers the same pay, hours, safety and dismissal protection as nationals and labour inspectors enforce it. Partially present when equal treatment is in law but excludes some sectors, such as domestic or seasonal work.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [6, 17], sdgTargets: ["8.8", "10.7"] },
              verification: "Labour code; labour inspection mandate and reports",
            },
          ],
        },
        {
          code: "D1.4",
          name: "Long-term residency and path to citizenship",
          indicators: [
            {
              code: "MGI-1.4.1",
              name: "Migrants can obtain permanent residence after a period of lawful stay",
              definition:
                "Fully present when the law defines the length of stay and conditions after which a migrant may apply for permanent or long-term residence. Partially present when such a status exists but only for some categories or without defined criteria.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [7, 16], sdgTargets: ["10.7"] },
              verification: "Law on foreigners; residence permit regulations",
            },
            {
              code: "MGI-1.4.2",
              name: "Long-term residents have a clear path to citizenship",
              definition:
                "Fully present when naturalisation follows published criteria, a defined procedure and a right to a reasoned decision. Partially present when naturalisation is possible but largely discretionary or its criteria are not published.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [16], sdgTargets: ["10.7", "16.9"] },
              verification: "Citizenship law; naturalisation procedure and published criteria",
            },
          ],
        },
        {
          code: "D1.5",
          name: "Civic participation",
          indicators: [
            {
              code: "MGI-1.5.1",
              name: "Resident migrants can take part in local elections",
              definition:
                "Fully present when long-term resident migrants may vote in local elections. Partially present when voting is limited to nationals of certain countries or under reciprocity arrangements.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [16], sdgTargets: ["16.7"] },
              verification: "Electoral code; local government law",
            },
            {
              code: "MGI-1.5.2",
              name: "Migrants can join trade unions and form associations",
              definition:
                "Fully present when migrants may join and lead trade unions and create associations on the same terms as nationals. Partially present when membership is allowed but leadership or registration is restricted.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [6, 16], sdgTargets: ["8.8"] },
              verification: "Trade union law; law on associations",
            },
          ],
        },
        {
          code: "D1.6",
          name: "International conventions ratified",
          indicators: [
            {
              code: "MGI-1.6.1",
              name: "The main international conventions on migrant workers' rights are ratified",
              definition:
                "Fully present when the country has ratified the UN convention on the rights of migrant workers and their families and the ILO migrant worker conventions (Nos. 97 and 143). Partially present when only some of these instruments are ratified.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [6, 23], sdgTargets: ["8.8", "10.7"] },
              verification: "UN Treaty Collection and ILO NORMLEX ratification records",
            },
            {
              code: "MGI-1.6.2",
              name: "The conventions on refugees, statelessness, trafficking and smuggling are ratified",
              definition:
                "Fully present when the country is party to the Refugee Convention and its Protocol, the statelessness conventions and the protocols on trafficking in persons and migrant smuggling. Partially present when only some of them are ratified.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [4, 9, 10, 23], sdgTargets: ["16.2", "10.7"] },
              verification: "UN Treaty Collection ratification records",
            },
          ],
        },
        {
          code: "D1.7",
          name: "Bilateral agreements",
          indicators: [
            {
              code: "MGI-1.7.1",
              name: "Bilateral labour agreements include protection of migrant workers' rights",
              definition:
                "Fully present when bilateral labour migration agreements in force contain clauses on equal treatment, fair recruitment and complaint channels. Partially present when agreements exist but say little about workers' rights.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [6, 23], sdgTargets: ["8.8", "10.7"] },
              verification: "Texts of bilateral labour agreements and memoranda of understanding",
            },
            {
              code: "MGI-1.7.2",
              name: "Social security agreements allow migrants to keep their entitlements when they move",
              definition:
                "Fully present when agreements with the main countries of origin or destination cover the totalisation and export of pensions and other benefits. Partially present when agreements cover only some partner countries or some benefits.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 1, gcmObjectives: [22], sdgTargets: ["1.3", "10.7"] },
              verification: "Texts of bilateral social security agreements; list of agreements in force",
            },
          ],
        },
      ],
    },
    {
      code: "D2",
      name: "Whole-of-government approach",
      description:
        "Whether migration policy rests on clear institutional mandates, a strategy, a legal framework, coordination across government and reliable data.",
      areas: [
        {
          code: "D2.1",
          name: "Institutional framework",
          indicators: [
            {
              code: "MGI-2.1.1",
              name: "A government entity has a clear mandate to lead migration policy",
              definition:
                "Fully present when a ministry or agency is formally responsible for designing and implementing migration policy and has staff and budget for it. Partially present when responsibilities are assigned but fragmented or not resourced.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [23], sdgTargets: ["10.7"] },
              verification: "Founding act or statute of the entity; organisational chart; budget lines",
            },
            {
              code: "MGI-2.1.2",
              name: "A government entity is responsible for engaging the diaspora",
              definition:
                "Fully present when an office with a formal mandate coordinates relations with citizens abroad and diaspora organisations. Partially present when diaspora engagement is handled ad hoc or without a clear mandate.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [19], sdgTargets: ["10.7"] },
              verification: "Government decision establishing the office; its terms of reference",
            },
            {
              code: "MGI-2.1.3",
              name: "An inter-ministerial mechanism coordinates migration policy",
              definition:
                "Fully present when a standing body brings together the ministries concerned, meets regularly and records its decisions. Partially present when coordination exists but is informal or meets only occasionally.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [23], sdgTargets: ["10.7", "17.14"] },
              verification: "Decision creating the mechanism; minutes of its meetings",
            },
          ],
        },
        {
          code: "D2.2",
          name: "Migration strategy",
          indicators: [
            {
              code: "MGI-2.2.1",
              name: "A national migration strategy is adopted and has an action plan",
              definition:
                "Fully present when an approved strategy sets objectives for migration policy and is accompanied by a costed action plan with responsible institutions. Partially present when a strategy exists without an action plan, or has expired.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [23], sdgTargets: ["10.7"] },
              verification: "Published strategy and action plan; act of approval",
            },
            {
              code: "MGI-2.2.2",
              name: "National development planning takes migration and the diaspora into account",
              definition:
                "Fully present when the national development plan or sectoral strategies contain explicit objectives on emigration, return, remittances or diaspora contributions. Partially present when migration is mentioned without objectives or measures.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [2, 19], sdgTargets: ["10.7", "17.14"] },
              verification: "National development plan; sectoral strategies",
            },
            {
              code: "MGI-2.2.3",
              name: "The migration strategy is monitored and evaluated against agreed indicators",
              definition:
                "Fully present when a monitoring and evaluation framework with indicators, baselines and a reporting calendar is applied and its reports are published. Partially present when reporting is irregular or lacks agreed indicators.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [1, 23], sdgTargets: ["10.7", "17.18"] },
              verification: "Monitoring and evaluation framework; annual progress reports",
            },
          ],
        },
        {
          code: "D2.3",
          name: "Legal framework",
          indicators: [
            {
              code: "MGI-2.3.1",
              name: "Migration is governed by comprehensive and up-to-date legislation",
              definition:
                "Fully present when laws in force cover entry, stay, work, asylum and emigration and are backed by implementing regulations. Partially present when some of these areas lack legislation or regulations.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [5, 23], sdgTargets: ["10.7"] },
              verification: "Text of the laws; implementing regulations",
            },
            {
              code: "MGI-2.3.2",
              name: "The law prohibits discrimination against migrants",
              definition:
                "Fully present when anti-discrimination law explicitly covers nationality or migration status and an independent body can receive complaints. Partially present when protection exists only in some fields, such as employment.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [17], sdgTargets: ["10.3", "16.b"] },
              verification: "Anti-discrimination law; mandate and reports of the equality body",
            },
          ],
        },
        {
          code: "D2.4",
          name: "Institutional transparency and coherence",
          indicators: [
            {
              code: "MGI-2.4.1",
              name: "Rules on visas, residence and work permits are published and accessible",
              definition:
                "Fully present when the criteria, fees, processing times and forms are published by the responsible authorities in plain language and in the main languages of migrants. Partially present when information is published but incomplete or only in the national language.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [3], sdgTargets: ["16.10", "10.7"] },
              verification: "Official websites and published guidance of the migration authorities",
            },
            {
              code: "MGI-2.4.2",
              name: "Migrants can seek independent review of migration decisions",
              definition:
                "Fully present when refusals of visas, permits or protection can be appealed to an independent body or court within a reasonable time. Partially present when appeals exist only for some decisions or are handled by the deciding authority itself.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [7, 12], sdgTargets: ["16.3"] },
              verification: "Law on administrative procedure; law on foreigners; appeal statistics",
            },
          ],
        },
        {
          code: "D2.5",
          name: "Migration data",
          indicators: [
            {
              code: "MGI-2.5.1",
              name: "Migration statistics are collected and published regularly",
              definition:
                "Fully present when official statistics on migrant stocks and flows are published at least yearly by the statistical office or a designated authority. Partially present when data are collected but published irregularly or not at all.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [1], sdgTargets: ["17.18", "10.7"] },
              verification: "Statistical work programme; published statistical releases",
            },
            {
              code: "MGI-2.5.2",
              name: "Migration data are disaggregated by sex, age and migratory status",
              definition:
                "Fully present when the main migration statistics and household surveys allow disaggregation by sex, age and migratory status. Partially present when only some sources or some of these characteristics are covered.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [1], sdgTargets: ["17.18"] },
              verification: "Survey questionnaires; metadata of the published statistics",
            },
            {
              code: "MGI-2.5.3",
              name: "Administrative data on migration are shared between institutions",
              definition:
                "Fully present when agreements or a legal basis allow migration-related registers to be exchanged between authorities and with the statistical office, with safeguards for personal data. Partially present when sharing is occasional or relies on individual requests.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 2, gcmObjectives: [1], sdgTargets: ["17.18", "16.10"] },
              verification: "Data-sharing agreements; statistics law; data protection impact assessments",
            },
          ],
        },
      ],
    },
    {
      code: "D3",
      name: "Partnerships",
      description: "How the government works with other states, international organisations and non-state actors on migration.",
      areas: [
        {
          code: "D3.1",
          name: "Regional cooperation",
          indicators: [
            {
              code: "MGI-3.1.1",
              name: "The country takes part in a regional agreement that promotes mobility",
              definition:
                "Fully present when the country applies a regional agreement on free movement, visa facilitation or labour mobility. Partially present when an agreement is signed but not yet applied, or covers only narrow groups.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [5, 23], sdgTargets: ["10.7", "17.16"] },
              verification: "Texts of regional agreements; ratification and implementation records",
            },
            {
              code: "MGI-3.1.2",
              name: "The government takes an active part in a regional consultative process on migration",
              definition:
                "Fully present when the country is a member of a regional consultative process, attends regularly and takes up its recommendations. Partially present when participation is occasional or passive.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [23], sdgTargets: ["17.16"] },
              verification: "Membership lists and meeting records of the regional process",
            },
            {
              code: "MGI-3.1.3",
              name: "Neighbouring states cooperate on border management and information exchange",
              definition:
                "Fully present when agreements with neighbouring states provide for joint border arrangements and regular exchange of information. Partially present when cooperation exists with only some neighbours or is informal.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [11, 23], sdgTargets: ["10.7"] },
              verification: "Cross-border cooperation agreements; protocols of joint meetings",
            },
          ],
        },
        {
          code: "D3.2",
          name: "Global cooperation",
          indicators: [
            {
              code: "MGI-3.2.1",
              name: "The government takes part in global dialogue on migration",
              definition:
                "Fully present when the country participates regularly in global forums on migration and in the review of the Global Compact for Migration. Partially present when participation is occasional.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [23], sdgTargets: ["17.16"] },
              verification: "Participation records; national statements; voluntary reviews submitted",
            },
            {
              code: "MGI-3.2.2",
              name: "The government reports on its implementation of international migration commitments",
              definition:
                "Fully present when the country submits national reviews on the Global Compact for Migration and reports on migration-related SDG targets. Partially present when it reports on some commitments only.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [1, 23], sdgTargets: ["17.18", "10.7"] },
              verification: "National review reports; voluntary national reviews on the SDGs",
            },
            {
              code: "MGI-3.2.3",
              name: "Bilateral agreements on migration are in force with the main partner countries",
              definition:
                "Fully present when agreements on labour migration, readmission or mobility are in force with the main countries of origin or destination. Partially present when they cover only some of these countries or are not applied.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [5, 21, 23], sdgTargets: ["10.7"] },
              verification: "Register of international agreements; texts of the agreements",
            },
          ],
        },
        {
          code: "D3.3",
          name: "Other partnerships",
          indicators: [
            {
              code: "MGI-3.3.1",
              name: "Civil society is formally consulted on migration policy",
              definition:
                "Fully present when a standing mechanism consults migrant and civil society organisations on laws, strategies and their implementation. Partially present when consultation is occasional or limited to single drafts.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [16, 23], sdgTargets: ["16.7", "17.17"] },
              verification: "Rules of the consultation mechanism; records of consultations",
            },
            {
              code: "MGI-3.3.2",
              name: "Employers and trade unions are engaged in labour migration policy",
              definition:
                "Fully present when social partners take part formally in setting labour migration priorities and quotas. Partially present when they are consulted informally or occasionally.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [6, 18], sdgTargets: ["8.8", "17.17"] },
              verification: "Tripartite council records; consultation minutes",
            },
            {
              code: "MGI-3.3.3",
              name: "The diaspora is engaged in setting and implementing development policy",
              definition:
                "Fully present when diaspora organisations are consulted on policy and take part in joint programmes with the government. Partially present when engagement is limited to events or information.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [19], sdgTargets: ["17.17"] },
              verification: "Diaspora programme documents; records of diaspora consultations",
            },
            {
              code: "MGI-3.3.4",
              name: "Academic and research institutions contribute to migration policy",
              definition:
                "Fully present when the government commissions or uses research on migration through standing partnerships with universities or research institutes. Partially present when research is used occasionally.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [1], sdgTargets: ["17.18"] },
              verification: "Cooperation agreements; commissioned studies cited in policy documents",
            },
            {
              code: "MGI-3.3.5",
              name: "Local authorities take part in shaping and delivering migration policy",
              definition:
                "Fully present when municipalities have a defined role in migrant integration or reintegration and are represented in national coordination. Partially present when they act without a national framework or coordination.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 3, gcmObjectives: [16, 23], sdgTargets: ["11.3", "10.7"] },
              verification: "Local government law; coordination mechanism membership; local action plans",
            },
          ],
        },
      ],
    },
    {
      code: "D4",
      name: "Well-being of migrants",
      description:
        "Policies that help migrants and society benefit from migration: recognition of skills, labour-market matching, remittances and student mobility.",
      areas: [
        {
          code: "D4.1",
          name: "Recognition of skills and qualifications",
          indicators: [
            {
              code: "MGI-4.1.1",
              name: "Qualifications obtained abroad can be recognised through a clear procedure",
              definition:
                "Fully present when a designated body recognises foreign diplomas and professional qualifications under published criteria and time limits. Partially present when recognition exists only for some professions or is slow and discretionary.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [18], sdgTargets: ["4.4", "10.7"] },
              verification: "Law or regulation on recognition of qualifications; procedures of the recognition body",
            },
            {
              code: "MGI-4.1.2",
              name: "Skills acquired informally or abroad by returning citizens can be validated",
              definition:
                "Fully present when returning migrants can have skills gained through work abroad assessed and certified. Partially present when validation is available only in pilot projects or a few occupations.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [18, 21], sdgTargets: ["4.4"] },
              verification: "Regulations on validation of prior learning; records of certification centres",
            },
            {
              code: "MGI-4.1.3",
              name: "Agreements on mutual recognition of qualifications are in force",
              definition:
                "Fully present when bilateral or regional agreements on mutual recognition cover the main partner countries. Partially present when they cover only some countries or professions.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [18, 23], sdgTargets: ["4.4", "10.7"] },
              verification: "Texts of recognition agreements; list of agreements in force",
            },
          ],
        },
        {
          code: "D4.2",
          name: "Labour-market matching",
          indicators: [
            {
              code: "MGI-4.2.1",
              name: "Labour-market needs are assessed to inform the admission of migrant workers",
              definition:
                "Fully present when shortage lists or labour-market tests are based on regular assessments and used to set admission policy. Partially present when assessments are occasional or not linked to admission decisions.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [5, 18], sdgTargets: ["8.5", "10.7"] },
              verification: "Published shortage occupation lists; labour-market studies; admission regulations",
            },
            {
              code: "MGI-4.2.2",
              name: "Public employment services are open to migrants",
              definition:
                "Fully present when migrants with the right to work may register with public employment services and use their job-matching and training programmes. Partially present when only some categories of migrants may use them.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [16, 18], sdgTargets: ["8.5"] },
              verification: "Employment law; rules of the public employment service",
            },
            {
              code: "MGI-4.2.3",
              name: "Recruitment agencies are regulated and workers pay no recruitment fees",
              definition:
                "Fully present when recruitment agencies must be licensed and monitored and the law bars charging fees to workers. Partially present when agencies are licensed but fees to workers are not prohibited or not enforced.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [6], sdgTargets: ["8.7", "8.8", "10.7"] },
              verification: "Law on private employment agencies; licensing register; inspection reports",
            },
            {
              code: "MGI-4.2.4",
              name: "Citizens leaving to work abroad receive pre-departure information and support",
              definition:
                "Fully present when a public service offers pre-departure orientation on rights, contracts and safe migration to all prospective migrant workers. Partially present when such support is limited to organised schemes or some destinations.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [3, 6], sdgTargets: ["10.7"] },
              verification: "Programme documents of the service; information materials",
            },
          ],
        },
        {
          code: "D4.3",
          name: "Remittances",
          indicators: [
            {
              code: "MGI-4.3.1",
              name: "Measures are in place to lower the cost of sending remittances",
              definition:
                "Fully present when the government promotes competition and transparency among transfer providers, for instance through price comparison or regulation. Partially present when measures are planned or limited to single providers.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [20], sdgTargets: ["10.c"] },
              verification: "Central bank regulations; price comparison tools; financial sector strategy",
            },
            {
              code: "MGI-4.3.2",
              name: "Programmes encourage the productive use of remittances and diaspora investment",
              definition:
                "Fully present when schemes such as matching grants, diaspora bonds or financial literacy programmes are in operation. Partially present when they are at pilot stage or reach few beneficiaries.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [19, 20], sdgTargets: ["10.c", "17.3"] },
              verification: "Programme documents; annual reports of the programmes",
            },
            {
              code: "MGI-4.3.3",
              name: "Statistics on remittance flows are compiled and published",
              definition:
                "Fully present when the central bank or statistical office publishes regular data on remittance inflows and outflows by corridor. Partially present when only aggregate or irregular data are published.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [1, 20], sdgTargets: ["10.c", "17.18"] },
              verification: "Balance of payments statistics; central bank publications",
            },
          ],
        },
        {
          code: "D4.4",
          name: "Student mobility",
          indicators: [
            {
              code: "MGI-4.4.1",
              name: "International students may work during and stay after their studies",
              definition:
                "Fully present when foreign students may work part-time and have a route to remain and seek work after graduating. Partially present when only one of these is allowed or conditions are very restrictive.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [5, 18], sdgTargets: ["4.b", "10.7"] },
              verification: "Law on foreigners; student permit regulations",
            },
            {
              code: "MGI-4.4.2",
              name: "Programmes support citizens who study abroad and their return",
              definition:
                "Fully present when scholarship, exchange or return schemes support nationals studying abroad and recognise their study periods. Partially present when support is small in scale or not linked to recognition.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 4, gcmObjectives: [18, 19], sdgTargets: ["4.b"] },
              verification: "Scholarship programme rules; education ministry reports",
            },
          ],
        },
      ],
    },
    {
      code: "D5",
      name: "Mobility dimensions of crises",
      description:
        "How the country prepares for, responds to and recovers from crises that cause or affect the movement of people, including disasters, conflict and health emergencies.",
      areas: [
        {
          code: "D5.1",
          name: "Crisis preparedness",
          indicators: [
            {
              code: "MGI-5.1.1",
              name: "The disaster risk reduction strategy addresses displacement and human mobility",
              definition:
                "Fully present when the national disaster risk reduction strategy contains specific measures on evacuation, displacement and planned relocation. Partially present when mobility is mentioned without concrete measures.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [2], sdgTargets: ["1.5", "11.b", "13.1"] },
              verification: "National disaster risk reduction strategy and plans",
            },
            {
              code: "MGI-5.1.2",
              name: "Contingency plans cover large-scale movements of people",
              definition:
                "Fully present when contingency plans set out roles, reception capacity and procedures for sudden large arrivals or departures of people. Partially present when plans exist but do not address population movements.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [2, 23], sdgTargets: ["11.b"] },
              verification: "Contingency plans; records of simulation exercises",
            },
            {
              code: "MGI-5.1.3",
              name: "Emergency warnings and information reach migrants",
              definition:
                "Fully present when early warning and emergency communication systems take migrants into account, including through the languages they use. Partially present when information is provided only in the national language or through limited channels.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [3, 7], sdgTargets: ["13.1", "11.b"] },
              verification: "Emergency communication protocols; multilingual materials",
            },
            {
              code: "MGI-5.1.4",
              name: "Policies address migration linked to environmental change",
              definition:
                "Fully present when climate adaptation or environmental policies include measures on migration, displacement and relocation caused by environmental change. Partially present when the link is acknowledged without measures.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [2], sdgTargets: ["13.2", "1.5"] },
              verification: "National adaptation plan; climate change strategy",
            },
          ],
        },
        {
          code: "D5.2",
          name: "Crisis response",
          indicators: [
            {
              code: "MGI-5.2.1",
              name: "Citizens abroad receive assistance and evacuation support in a crisis",
              definition:
                "Fully present when consular services have procedures and resources to register, assist and evacuate nationals in countries affected by crisis. Partially present when assistance is provided case by case without standing procedures.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [14], sdgTargets: ["10.7"] },
              verification: "Consular regulations; crisis procedures of the foreign ministry",
            },
            {
              code: "MGI-5.2.2",
              name: "Migrants in the country can obtain emergency assistance regardless of status",
              definition:
                "Fully present when emergency relief and shelter are available to all persons affected by a crisis, including migrants in an irregular situation. Partially present when assistance depends on status or documents.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [7, 15], sdgTargets: ["1.5", "10.7"] },
              verification: "Emergency management law; operational guidance of the civil protection service",
            },
            {
              code: "MGI-5.2.3",
              name: "People who cannot return home because of a crisis can be allowed to stay",
              definition:
                "Fully present when the law provides for temporary protection or a humanitarian permit for people unable to return because of conflict or disaster. Partially present when such stays are granted only case by case.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [5, 7], sdgTargets: ["10.7"] },
              verification: "Law on foreigners; asylum law; decisions granting temporary protection",
            },
            {
              code: "MGI-5.2.4",
              name: "Immigration rules can be relaxed for people affected by a crisis",
              definition:
                "Fully present when the authorities may extend permits, waive overstay penalties or ease entry requirements during a crisis under a defined procedure. Partially present when this is done ad hoc.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [5, 7], sdgTargets: ["10.7"] },
              verification: "Regulations or decisions adopted during past crises",
            },
          ],
        },
        {
          code: "D5.3",
          name: "Post-crisis recovery",
          indicators: [
            {
              code: "MGI-5.3.1",
              name: "Recovery plans address durable solutions for displaced people",
              definition:
                "Fully present when post-crisis recovery plans include return, local integration or resettlement of displaced people with dedicated measures. Partially present when displacement is mentioned without measures.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [2, 21], sdgTargets: ["1.5", "11.b"] },
              verification: "Recovery and reconstruction plans",
            },
            {
              code: "MGI-5.3.2",
              name: "Citizens returning from crisis areas abroad receive reintegration support",
              definition:
                "Fully present when returnees from crisis-affected countries have access to reintegration services such as housing, employment and psychosocial support. Partially present when support is short-term or limited to some returnees.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [21], sdgTargets: ["10.7"] },
              verification: "Reintegration programme documents; reports of the implementing agencies",
            },
            {
              code: "MGI-5.3.3",
              name: "The rights of internally displaced persons are set out in law or policy",
              definition:
                "Fully present when a law or policy on internal displacement defines the rights of displaced persons and the responsibilities of authorities. Partially present when displaced persons are covered only by general emergency rules.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 5, gcmObjectives: [2, 7], sdgTargets: ["16.3", "1.5"] },
              verification: "Law or policy on internal displacement",
            },
          ],
        },
      ],
    },
    {
      code: "D6",
      name: "Safe, orderly and regular migration",
      description:
        "Whether borders, admission, the fight against trafficking and smuggling, and return and reintegration are managed in a way that keeps migration safe, orderly and regular.",
      areas: [
        {
          code: "D6.1",
          name: "Border management",
          indicators: [
            {
              code: "MGI-6.1.1",
              name: "An integrated border management system is in place",
              definition:
                "Fully present when a designated agency manages borders under a strategy that coordinates border police, customs and other services. Partially present when responsibilities are divided without a common strategy.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [11], sdgTargets: ["10.7"] },
              verification: "Integrated border management strategy; statute of the border agency",
            },
            {
              code: "MGI-6.1.2",
              name: "Border officials are trained to identify and refer vulnerable migrants",
              definition:
                "Fully present when border staff receive regular training on human rights, asylum and the identification of trafficking victims and children, with referral procedures. Partially present when training is occasional or procedures are missing.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [11, 12], sdgTargets: ["10.7", "16.2"] },
              verification: "Training curricula and records; standard operating procedures for referral",
            },
            {
              code: "MGI-6.1.3",
              name: "Entries, exits and overstays are recorded and monitored",
              definition:
                "Fully present when an electronic system records entries and exits and allows visa overstays to be identified. Partially present when records exist but are not linked or are incomplete.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [1, 11], sdgTargets: ["10.7"] },
              verification: "Description of the border information system; its data reports",
            },
          ],
        },
        {
          code: "D6.2",
          name: "Admission and visa criteria",
          indicators: [
            {
              code: "MGI-6.2.1",
              name: "Admission and visa criteria are clear and published",
              definition:
                "Fully present when criteria for each type of visa and permit are set in law and published with fees and processing times. Partially present when criteria are partly discretionary or incompletely published.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [3, 5], sdgTargets: ["10.7"] },
              verification: "Visa regulations; official websites of the consular and migration services",
            },
            {
              code: "MGI-6.2.2",
              name: "Regular pathways exist for migrant workers of different skill levels",
              definition:
                "Fully present when admission channels exist for highly skilled, medium-skilled and seasonal or low-skilled workers. Partially present when channels serve only some skill levels.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [5], sdgTargets: ["10.7", "8.8"] },
              verification: "Law on foreigners; work permit regulations; quota decisions",
            },
            {
              code: "MGI-6.2.3",
              name: "Visa and permit applications can be made online",
              definition:
                "Fully present when the main visa and permit applications can be filed and tracked electronically. Partially present when only some applications or steps are available online.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [3, 5], sdgTargets: ["16.6"] },
              verification: "Online application portals; service statistics",
            },
            {
              code: "MGI-6.2.4",
              name: "Migrants in an irregular situation can regularise their status",
              definition:
                "Fully present when the law provides a standing procedure through which migrants in an irregular situation may obtain a permit under defined conditions. Partially present when regularisation has happened only through one-off programmes.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [4, 7], sdgTargets: ["10.7"] },
              verification: "Law on foreigners; regularisation programme decisions",
            },
          ],
        },
        {
          code: "D6.3",
          name: "Trafficking and smuggling",
          indicators: [
            {
              code: "MGI-6.3.1",
              name: "A national strategy against trafficking in persons is in force",
              definition:
                "Fully present when a current strategy and action plan cover prevention, protection and prosecution, with a coordinating body. Partially present when a strategy has expired or lacks an action plan.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [10], sdgTargets: ["8.7", "5.2", "16.2"] },
              verification: "National anti-trafficking strategy and action plan; reports of the coordinating body",
            },
            {
              code: "MGI-6.3.2",
              name: "Victims of trafficking receive protection and assistance",
              definition:
                "Fully present when identified victims are entitled to shelter, legal aid, a reflection period and a residence permit regardless of cooperation with prosecutors. Partially present when protection depends on cooperation or is available only in some places.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [7, 10], sdgTargets: ["5.2", "8.7", "16.2"] },
              verification: "Anti-trafficking law; victim assistance regulations; national referral mechanism",
            },
            {
              code: "MGI-6.3.3",
              name: "Migrant smuggling is criminalised and addressed by a strategy",
              definition:
                "Fully present when the law criminalises smuggling without penalising smuggled migrants and a strategy or plan addresses it. Partially present when legislation exists without a strategy.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [9], sdgTargets: ["10.7", "16.4"] },
              verification: "Criminal code; anti-smuggling strategy or plan",
            },
          ],
        },
        {
          code: "D6.4",
          name: "Return and reintegration",
          indicators: [
            {
              code: "MGI-6.4.1",
              name: "Returning citizens receive reintegration support",
              definition:
                "Fully present when a programme helps returning nationals with employment, business start-up, education for children and recognition of skills. Partially present when support covers only some returnees or some needs.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [21, 18], sdgTargets: ["10.7"] },
              verification: "Reintegration programme documents; beneficiary statistics",
            },
            {
              code: "MGI-6.4.2",
              name: "Returns of non-nationals follow procedures that respect their rights",
              definition:
                "Fully present when the law favours voluntary return, provides for appeal with suspensive effect and uses detention only as a last resort with alternatives available. Partially present when some of these safeguards are missing.",
              valueType: "LEVELS",
              levels: MGI_LEVELS,
              mappings: { mgiDomain: 6, gcmObjectives: [13, 21], sdgTargets: ["10.7", "16.3"] },
              verification: "Law on foreigners; return and detention regulations; monitoring reports",
            },
          ],
        },
      ],
    },
  ],
};

/** The definition to install, with the French and Spanish names of its areas and indicators (translations/). */
export const MGI_FRAMEWORK: FrameworkDefinition = withBuiltinTranslations(MGI_IN_ENGLISH, MGI_TEXTS);
