import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Counts in running sentences agree with their noun (issue 13, docs/glossary.md "Counts"):
 * Russian takes one/few/many forms (1 показатель, 2 показателя, 5 показателей, 21 показатель),
 * Romanian puts "de" between the number and the noun from 20 up (21 de valori) but not for
 * 1-19 or 101-119 (101 valori), which ICU's Romanian "few" covers.
 */
const COUNTS = [1, 2, 5, 21, 101] as const;

type Case = {
  what: string;
  locale: Locale;
  key: string;
  values: (count: number) => Record<string, string | number>;
  /** The texts for 1, 2, 5, 21 and 101. */
  expected: string[];
};

const CASES: Case[] = [
  {
    what: "a value still missing after saving a draft: genitive after «не хватает»",
    locale: "ru",
    key: "EntryBanner.stillMissing",
    values: (count) => ({ count }),
    expected: ["1 значения", "2 значений", "5 значений", "21 значения", "101 значения"].map((count) => `Ещё не хватает ${count}:`),
  },
  {
    what: "indicators without an approved value in the report: noun and verb agree",
    locale: "ru",
    key: "ReportOpenPoints.approvedOnly",
    values: (missing) => ({ year: "2025", missing }),
    expected: [
      "1 показатель ещё не имеет",
      "2 показателя ещё не имеют",
      "5 показателей ещё не имеют",
      "21 показатель ещё не имеет",
      "101 показатель ещё не имеет",
    ].map((count) => `За 2025 год: ${count} утверждённого значения.`),
  },
  {
    what: "breakdowns left to the table",
    locale: "ru",
    key: "IndicatorPage.chartShowsTotal",
    values: (hidden) => ({ hidden }),
    expected: [
      "ещё 1 разбивка приведена",
      "ещё 2 разбивки приведены",
      "ещё 5 разбивок приведено",
      "ещё 21 разбивка приведена",
      "ещё 101 разбивка приведена",
    ].map((count) => `На графике показан итог; ${count} в таблице.`),
  },
  {
    what: "areas that improved, out of how many: the verb agrees with the first number",
    locale: "ru",
    key: "ScoresSummary.someImproved",
    values: (improved) => ({ improved, count: 200 }),
    expected: ["улучшилась 1", "улучшились 2", "улучшились 5", "улучшилась 21", "улучшилась 101"].map(
      (count) => `${count} из 200 областей`,
    ),
  },
  {
    what: "translated texts changed, out of how many: genitive after «из»",
    locale: "ru",
    key: "MatrixTranslationsImport.imported",
    values: (texts) => ({ changed: 1, texts }),
    expected: ["1 текста", "2 текстов", "5 текстов", "21 текста", "101 текста"].map(
      (count) => `Переводы импортированы: изменено 1 из ${count}.`,
    ),
  },
  {
    what: "a value still missing after saving a draft: «de» from 20 up, the singular for one",
    locale: "ro",
    key: "EntryBanner.stillMissing",
    values: (count) => ({ count }),
    expected: [
      "Încă lipsește 1 valoare:",
      "Încă lipsesc 2 valori:",
      "Încă lipsesc 5 valori:",
      "Încă lipsesc 21 de valori:",
      "Încă lipsesc 101 valori:",
    ],
  },
  {
    what: "indicators without an approved value in the report: noun and verb agree",
    locale: "ro",
    key: "ReportOpenPoints.approvedOnly",
    values: (missing) => ({ year: "2025", missing }),
    expected: ["1 indicator nu are", "2 indicatori nu au", "5 indicatori nu au", "21 de indicatori nu au", "101 indicatori nu au"].map(
      (count) => `Pentru 2025: ${count} încă nicio valoare aprobată.`,
    ),
  },
  {
    what: "the provisional year's coverage",
    locale: "ro",
    key: "Progress.provisionalCoverage",
    values: (reported) => ({ reported, indicators: reported }),
    expected: [
      "a fost raportat 1 din 1 indicator",
      "au fost raportați 2 din 2 indicatori",
      "au fost raportați 5 din 5 indicatori",
      "au fost raportați 21 din 21 de indicatori",
      "au fost raportați 101 din 101 indicatori",
    ].map((coverage) => `ciclul său de raportare este încă deschis și, până acum, ${coverage}. Scorurile sale se vor schimba.`),
  },
  {
    what: "a period of several years refused in an Open SDG file",
    locale: "ro",
    key: "importProblems.periodSpansYears",
    values: (years) => ({ cell: "2001-2030", years }),
    expected: ["1 an", "2 ani", "5 ani", "21 de ani", "101 ani"].map(
      (years) =>
        `„2001-2030” acoperă ${years}; aplicația păstrează valori anuale, deci se poate importa doar un an sau o perioadă de doi ani (2014/2015)`,
    ),
  },
  {
    what: "areas that improved, out of how many",
    locale: "ro",
    key: "ScoresSummary.someImproved",
    values: (improved) => ({ improved, count: improved + 1 }),
    expected: [
      "1 din 2 domenii s-a îmbunătățit",
      "2 din 3 domenii s-au îmbunătățit",
      "5 din 6 domenii s-au îmbunătățit",
      "21 din 22 de domenii s-au îmbunătățit",
      "101 din 102 domenii s-au îmbunătățit",
    ],
  },
];

describe("counts in Russian and Romanian sentences", () => {
  it.each(CASES.map((entry) => [`${entry.locale} ${entry.key}: ${entry.what}`, entry] as const))("%s", async (_name, entry) => {
    const t = createTranslator({ locale: entry.locale, messages: await loadMessages(entry.locale) });
    expect(COUNTS.map((count) => t(entry.key as never, entry.values(count) as never) as string)).toEqual(entry.expected);
  });
});
