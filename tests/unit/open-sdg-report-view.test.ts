/**
 * The import report as people see it (components/imports/open-sdg-import-report.tsx): the
 * counts, the repeated observations with file and line, skipped files, warnings, and the
 * problems of a failed import.
 */
import path from "node:path";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderInEnglish, renderInLanguage } from "../fixtures/render-in-english";
import { OpenSdgImportOutcome } from "@/components/imports/open-sdg-import-report";
import type { JobView } from "@/lib/jobs/job-view";
import { parseOpenSdgSource } from "@/lib/open-sdg/parse-open-sdg-source";
import { planOpenSdgImport } from "@/lib/open-sdg/plan-open-sdg-import";
import { readOpenSdgFolder } from "@/lib/open-sdg/read-open-sdg-source";
import { loadMessages } from "@/lib/i18n/load-messages";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/open-sdg");

function job(overrides: Partial<JobView>): JobView {
  return {
    id: "job",
    kind: "open-sdg-import",
    status: "SUCCEEDED",
    progress: 100,
    stage: "Done",
    error: null,
    result: null,
    createdAt: "2025-01-01T00:00:00.000Z",
    startedAt: null,
    finishedAt: null,
    fileUrl: null,
    ...overrides,
  };
}

/** The page's text, tags removed, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&rsquo;/g, "’")
    .replace(/\s+/g, " ");

/** The report of a check (dry run) of the fixture's files against an empty workspace. */
async function checkedFixtureReport() {
  const parsed = await parseOpenSdgSource(readOpenSdgFolder(FIXTURE));
  return planOpenSdgImport(parsed, { dimensions: [], framework: null }, { frameworkCode: "SDG-T", sourceName: "test.zip", dryRun: true })
    .report;
}

describe("OpenSdgImportOutcome", () => {
  it("shows the counts, the repeated observations by file and line, skipped files and warnings", async () => {
    const report = await checkedFixtureReport();
    const html = renderInEnglish(createElement(OpenSdgImportOutcome, { job: job({ result: report }) }));
    const shown = text(html);
    expect(shown).toContain("test.zip was checked; nothing was saved.");
    expect(shown).toContain("All 18 values of the files are accounted for: 16 would be stored, 2 repeated observations not stored");
    expect(shown).toContain("Values stored 16: 16 new, 0 changed, 0 unchanged");
    expect(shown).toContain("without metadata, named by their code: 12.b.1.1");
    expect(shown).toContain("data/indicator_8-8-1.csv 7 4 2018 Sex: Women 1.7 1.5 Yes");
    expect(shown).toContain("data/indicator_8-8-1.csv 6 3 2018 Headline (total) 6.6 6.6 No");
    expect(shown).toContain("data/demo_indicator.csv");
  });

  it("gives the counts of its sentences as numbers: Russian nouns agree with them, thousands grouped the Russian way", async () => {
    const report = await checkedFixtureReport();
    const refused = {
      files: [{ file: "data/indicator_9-9-9.csv", reason: "malformed line" as const, message: "…", rows: 1234 }],
      rows: 1235,
      byReason: { "malformed line": 1235 },
      problems: [],
    };
    const html = renderInLanguage(
      createElement(OpenSdgImportOutcome, { job: job({ result: { ...report, refused } }) }),
      "ru",
      await loadMessages("ru"),
    );
    // Russian groups thousands with a no-break space.
    const shown = text(html).replace(/\u00a0/g, " ");
    expect(shown).toContain(
      "Все 18 значений из файлов учтены: будет сохранено 16, 2 повторных наблюдения не сохранены (они приведены ниже).",
    );
    expect(shown).toContain("4 файла показателей, 6 файлов метаданных");
    // The reason is worded too: it is a counting key in English, not a text.
    expect(shown).toContain("1 235 строк не удалось импортировать, и они пропущены (строка неверного формата 1 235).");
    expect(shown).toContain("data/indicator_9-9-9.csv (1 234 строки)");
  });

  it("lists the problems of a failed import by file, line and column", () => {
    const failed = job({
      status: "FAILED",
      error: "1 problem in the files; nothing was imported",
      result: {
        fieldErrors: null,
        details: { problems: [{ file: "data/indicator_1-1-1.csv", line: 7, column: "Value", message: '"n/a" is not a number' }] },
      },
    });
    const shown = text(renderInEnglish(createElement(OpenSdgImportOutcome, { job: failed })));
    expect(shown).toContain("Problems in the files");
    expect(shown).toContain("data/indicator_1-1-1.csv 7 Value &quot;n/a&quot; is not a number");
  });
});
