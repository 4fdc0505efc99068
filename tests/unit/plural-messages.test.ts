import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Counts in running sentences agree with their noun (issue 13, docs/glossary.md "Counts"):
 * Russian takes one/few/many forms (1 показатель, 2 показателя, 5 показателей, 21 показатель),
 * Romanian puts "de" between the number and the noun from 20 up (21 de valori) but not for
 * 1-19 or 101-119 (101 valori), which ICU's Romanian "few" covers. The callers pass numbers, which
 * the messages format in their language: 1,234 in English, 1 234 in Russian, 1.234 in Romanian.
 */
const COUNTS = [1, 2, 5, 21, 101, 1234] as const;

/** Russian groups thousands with a no-break space. */
const RU_1234 = "1\u00a0234";

type Case = {
  what: string;
  locale: Locale;
  key: string;
  values: (count: number) => Record<string, string | number>;
  /** The texts for 1, 2, 5, 21, 101 and 1234. */
  expected: string[];
};

const CASES: Case[] = [
  {
    what: "a value still missing after saving a draft: genitive after «не хватает»",
    locale: "ru",
    key: "EntryBanner.stillMissing",
    values: (count) => ({ count }),
    expected: ["1 значения", "2 значений", "5 значений", "21 значения", "101 значения", `${RU_1234} значений`].map(
      (count) => `Ещё не хватает ${count}:`,
    ),
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
      `${RU_1234} показателя ещё не имеют`,
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
      `ещё ${RU_1234} разбивки приведены`,
    ].map((count) => `На графике показан итог; ${count} в таблице.`),
  },
  {
    what: "areas that improved, out of how many: the verb agrees with the first number",
    locale: "ru",
    key: "ScoresSummary.someImproved",
    values: (improved) => ({ improved, count: 200 }),
    expected: ["улучшилась 1", "улучшились 2", "улучшились 5", "улучшилась 21", "улучшилась 101", `улучшились ${RU_1234}`].map(
      (count) => `${count} из 200 областей`,
    ),
  },
  {
    what: "translated texts changed, out of how many: genitive after «из»",
    locale: "ru",
    key: "MatrixTranslationsImport.imported",
    values: (texts) => ({ changed: 1, texts }),
    expected: ["1 текста", "2 текстов", "5 текстов", "21 текста", "101 текста", `${RU_1234} текстов`].map(
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
      "Încă lipsesc 1.234 de valori:",
    ],
  },
  {
    what: "indicators without an approved value in the report: noun and verb agree",
    locale: "ro",
    key: "ReportOpenPoints.approvedOnly",
    values: (missing) => ({ year: "2025", missing }),
    expected: [
      "1 indicator nu are",
      "2 indicatori nu au",
      "5 indicatori nu au",
      "21 de indicatori nu au",
      "101 indicatori nu au",
      "1.234 de indicatori nu au",
    ].map((count) => `Pentru 2025: ${count} încă nicio valoare aprobată.`),
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
      "au fost raportați 1.234 din 1.234 de indicatori",
    ].map((coverage) => `ciclul său de raportare este încă deschis și, până acum, ${coverage}. Scorurile sale se vor schimba.`),
  },
  {
    what: "a period of several years refused in an Open SDG file",
    locale: "ro",
    key: "importProblems.periodSpansYears",
    values: (years) => ({ cell: "2001-2030", years }),
    expected: ["1 an", "2 ani", "5 ani", "21 de ani", "101 ani", "1.234 de ani"].map(
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
      "1.234 din 1.235 de domenii s-au îmbunătățit",
    ],
  },
];

/** The Open SDG import report (components/imports/open-sdg-import-report.tsx, open-sdg-refused-rows.tsx). */
const IMPORT_REPORT_CASES: Case[] = [
  {
    what: "every value of the files accounted for",
    locale: "ru",
    key: "OpenSdgReport.accounted",
    values: (total) => ({ total, stored: 1234 }),
    expected: [
      "Единственное значение из файлов учтено",
      "Все 2 значения из файлов учтены",
      "Все 5 значений из файлов учтены",
      "Все 21 значение из файлов учтены",
      "Все 101 значение из файлов учтены",
      `Все ${RU_1234} значения из файлов учтены`,
    ].map((accounted) => `${accounted}: сохранено ${RU_1234}`),
  },
  {
    what: "repeated observations not stored: participle and pronoun agree",
    locale: "ru",
    key: "OpenSdgReport.repeatedNotStored",
    values: (repeated) => ({ repeated }),
    expected: [
      ", 1 повторное наблюдение не сохранено (оно приведено ниже)",
      ", 2 повторных наблюдения не сохранены (они приведены ниже)",
      ", 5 повторных наблюдений не сохранено (они приведены ниже)",
      ", 21 повторное наблюдение не сохранено (они приведены ниже)",
      ", 101 повторное наблюдение не сохранено (они приведены ниже)",
      `, ${RU_1234} повторных наблюдения не сохранены (они приведены ниже)`,
    ],
  },
  {
    what: "values of two-year periods stored under their last year",
    locale: "ru",
    key: "OpenSdgReport.periodsLast",
    values: (mapped) => ({ mapped }),
    expected: [
      "1 значение двухлетнего периода (например, 2014/2015) сохранено",
      "2 значения двухлетних периодов (например, 2014/2015) сохранены",
      "5 значений двухлетних периодов (например, 2014/2015) сохранено",
      "21 значение двухлетних периодов (например, 2014/2015) сохранено",
      "101 значение двухлетних периодов (например, 2014/2015) сохранено",
      `${RU_1234} значения двухлетних периодов (например, 2014/2015) сохранены`,
    ].map((periods) => `${periods} под последним годом, с периодом в качестве метки`),
  },
  {
    what: "rows left out, with the counts by reason",
    locale: "ru",
    key: "OpenSdgReport.leftOutByReason",
    values: (rows) => ({ rows, reasons: "нечисловое значение 1" }),
    expected: [
      "1 строку не удалось импортировать, и она пропущена (нечисловое значение 1). Исправьте её",
      "2 строки не удалось импортировать, и они пропущены (нечисловое значение 1). Исправьте их",
      "5 строк не удалось импортировать, и они пропущены (нечисловое значение 1). Исправьте их",
      "21 строку не удалось импортировать, и они пропущены (нечисловое значение 1). Исправьте их",
      "101 строку не удалось импортировать, и они пропущены (нечисловое значение 1). Исправьте их",
      `${RU_1234} строки не удалось импортировать, и они пропущены (нечисловое значение 1). Исправьте их`,
    ].map((leftOut) => `${leftOut} в файлах и импортируйте снова, чтобы добавить.`),
  },
  {
    what: "a file's rows left out",
    locale: "ru",
    key: "OpenSdgReport.fileRows",
    values: (rows) => ({ rows }),
    expected: ["(1 строка)", "(2 строки)", "(5 строк)", "(21 строка)", "(101 строка)", `(${RU_1234} строки)`],
  },
  {
    what: "indicator and metadata files",
    locale: "ru",
    key: "OpenSdgReport.fileCounts",
    values: (indicatorFiles) => ({ indicatorFiles, metadataFiles: indicatorFiles + 1 }),
    expected: [
      "1 файл показателей, 2 файла метаданных",
      "2 файла показателей, 3 файла метаданных",
      "5 файлов показателей, 6 файлов метаданных",
      "21 файл показателей, 22 файла метаданных",
      "101 файл показателей, 102 файла метаданных",
      `${RU_1234} файла показателей, 1\u00a0235 файлов метаданных`,
    ],
  },
  {
    what: "every value of the files accounted for in a check: «de» from 20 up",
    locale: "ro",
    key: "OpenSdgReport.accountedDryRun",
    values: (total) => ({ total, stored: total }),
    expected: [
      "Singura valoare din fișiere este contabilizată: 1 ar fi stocată",
      "Toate cele 2 valori din fișiere sunt contabilizate: 2 ar fi stocate",
      "Toate cele 5 valori din fișiere sunt contabilizate: 5 ar fi stocate",
      "Toate cele 21 de valori din fișiere sunt contabilizate: 21 ar fi stocate",
      "Toate cele 101 valori din fișiere sunt contabilizate: 101 ar fi stocate",
      "Toate cele 1.234 de valori din fișiere sunt contabilizate: 1.234 ar fi stocate",
    ],
  },
  {
    what: "repeated observations not stored",
    locale: "ro",
    key: "OpenSdgReport.repeatedNotStored",
    values: (repeated) => ({ repeated }),
    expected: [
      ", 1 observație repetată nestocată (enumerată mai jos)",
      ", 2 observații repetate nestocate (enumerate mai jos)",
      ", 5 observații repetate nestocate (enumerate mai jos)",
      ", 21 de observații repetate nestocate (enumerate mai jos)",
      ", 101 observații repetate nestocate (enumerate mai jos)",
      ", 1.234 de observații repetate nestocate (enumerate mai jos)",
    ],
  },
  {
    what: "values of two-year periods stored under their first year",
    locale: "ro",
    key: "OpenSdgReport.periodsFirst",
    values: (mapped) => ({ mapped }),
    expected: [
      "1 valoare a unei perioade de doi ani (precum 2014/2015) stocată",
      "2 valori ale perioadelor de doi ani (precum 2014/2015) stocate",
      "5 valori ale perioadelor de doi ani (precum 2014/2015) stocate",
      "21 de valori ale perioadelor de doi ani (precum 2014/2015) stocate",
      "101 valori ale perioadelor de doi ani (precum 2014/2015) stocate",
      "1.234 de valori ale perioadelor de doi ani (precum 2014/2015) stocate",
    ].map((periods) => `${periods} sub primul an, cu perioada păstrată ca etichetă`),
  },
  {
    what: "rows left out: verb, participle and pronoun agree",
    locale: "ro",
    key: "OpenSdgReport.leftOutRows",
    values: (rows) => ({ rows }),
    expected: [
      "1 rând nu a putut fi importat și a fost omis. Corectați-l în fișiere și importați din nou pentru a-l adăuga.",
      ...["2 rânduri", "5 rânduri", "21 de rânduri", "101 rânduri", "1.234 de rânduri"].map(
        (rows) => `${rows} nu au putut fi importate și au fost omise. Corectați-le în fișiere și importați din nou pentru a le adăuga.`,
      ),
    ],
  },
  {
    what: "indicator files",
    locale: "ro",
    key: "OpenSdgReport.fileCounts",
    values: (indicatorFiles) => ({ indicatorFiles, metadataFiles: 1 }),
    expected: ["1 fișier", "2 fișiere", "5 fișiere", "21 de fișiere", "101 fișiere", "1.234 de fișiere"].map(
      (files) => `${files} de indicatori, 1 fișier de metadate`,
    ),
  },
  {
    what: "a file's rows left out",
    locale: "ro",
    key: "OpenSdgReport.fileRows",
    values: (rows) => ({ rows }),
    expected: ["(1 rând)", "(2 rânduri)", "(5 rânduri)", "(21 de rânduri)", "(101 rânduri)", "(1.234 de rânduri)"],
  },
  {
    what: "every value of the files accounted for: the singular for one, grouped thousands",
    locale: "en",
    key: "OpenSdgReport.accounted",
    values: (total) => ({ total, stored: total }),
    expected: [
      "The only value of the files is accounted for: 1 stored",
      ...["2", "5", "21", "101", "1,234"].map((total) => `All ${total} values of the files are accounted for: ${total} stored`),
    ],
  },
  {
    what: "rows left out: the singular for one",
    locale: "en",
    key: "OpenSdgReport.leftOutRows",
    values: (rows) => ({ rows }),
    expected: [
      "1 row could not be imported and was left out. Correct it in the files and import again to add it.",
      ...["2", "5", "21", "101", "1,234"].map(
        (rows) => `${rows} rows could not be imported and were left out. Correct them in the files and import again to add them.`,
      ),
    ],
  },
];

/** Counts in pages' sentences whose callers passed preformatted numbers before. */
const PAGE_CASES: Case[] = [
  {
    what: "indicators with a value, in the title of an area's empty score: genitive after «из»",
    locale: "ru",
    key: "Progress.countedTitle",
    values: (total) => ({ counted: 1, total }),
    expected: ["1 показателя", "2 показателей", "5 показателей", "21 показателя", "101 показателя", `${RU_1234} показателей`].map(
      (total) => `Значение есть у 1 из ${total}`,
    ),
  },
  {
    what: "indicators with a value: the verb agrees with the first number",
    locale: "ro",
    key: "Progress.countedTitle",
    values: (counted) => ({ counted, total: counted }),
    expected: [
      "1 din 1 indicator are",
      "2 din 2 indicatori au",
      "5 din 5 indicatori au",
      "21 din 21 de indicatori au",
      "101 din 101 indicatori au",
      "1.234 din 1.234 de indicatori au",
    ].map((counted) => `${counted} o valoare`),
  },
  {
    what: "indicators with a value: the verb agrees with the first number",
    locale: "en",
    key: "Progress.countedTitle",
    values: (counted) => ({ counted, total: counted }),
    expected: [
      "1 of 1 indicator has a value",
      ...["2", "5", "21", "101", "1,234"].map((count) => `${count} of ${count} indicators have a value`),
    ],
  },
  {
    what: "the longest narrative: genitive after «не более», grouped in Russian",
    locale: "ru",
    key: "Narratives.hint",
    values: (max) => ({ max }),
    expected: ["1 символа", "2 символов", "5 символов", "21 символа", "101 символа", `${RU_1234} символов`].map(
      (max) => `Markdown: пустая строка между абзацами, «- » перед пунктами списка, [текст](https://…) для ссылок. Не более ${max}.`,
    ),
  },
  {
    what: "the longest narrative",
    locale: "ro",
    key: "Narratives.hint",
    values: (max) => ({ max }),
    expected: ["1 caracter", "2 caractere", "5 caractere", "21 de caractere", "101 caractere", "1.234 de caractere"].map(
      (max) =>
        `Markdown: un rând gol între paragrafe, „- ” înaintea elementelor de listă, [text](https://…) pentru linkuri. Cel mult ${max}.`,
    ),
  },
  {
    what: "reminder days saved: the noun agrees with the last number of the list",
    locale: "ru",
    key: "ReminderDays.saved",
    values: (last) => ({ days: `14 и ${last}`, last }),
    expected: ["1 день", "2 дня", "5 дней", "21 день", "101 день", "1234 дня"].map(
      (days) => `Напоминания будут отправляться за 14 и ${days} до каждого срока.`,
    ),
  },
  {
    what: "reminder days saved: the noun agrees with the last number of the list",
    locale: "ro",
    key: "ReminderDays.saved",
    values: (last) => ({ days: `14 și ${last}`, last }),
    expected: ["1 zi", "2 zile", "5 zile", "21 de zile", "101 zile", "1234 de zile"].map(
      (days) => `Mementourile vor fi trimise cu 14 și ${days} înainte de fiecare termen.`,
    ),
  },
  {
    what: "reminder days saved: the singular for one",
    locale: "en",
    key: "ReminderDays.saved",
    values: (last) => ({ days: String(last), last }),
    expected: [
      "Reminders will go out 1 day before each deadline.",
      ...["2", "5", "21", "101", "1234"].map((days) => `Reminders will go out ${days} days before each deadline.`),
    ],
  },
];

describe("counts in Russian and Romanian sentences", () => {
  it.each(
    [...CASES, ...IMPORT_REPORT_CASES, ...PAGE_CASES].map((entry) => [`${entry.locale} ${entry.key}: ${entry.what}`, entry] as const),
  )("%s", async (_name, entry) => {
    const t = createTranslator({ locale: entry.locale, messages: await loadMessages(entry.locale) });
    expect(COUNTS.map((count) => t(entry.key as never, entry.values(count) as never) as string)).toEqual(entry.expected);
  });
});
