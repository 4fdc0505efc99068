/**
 * Choosing a language adds no database query to the progress page (issue 13, decision 029):
 * its server work (scripts/bench/render-progress-page.tsx, the same that bench:progress times)
 * sends as many statements in Romanian, asked by cookie or by Accept-Language, as in English,
 * and the Romanian page is really in Romanian.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { countQueries } from "@/lib/db";
import { clearProgressCache } from "@/lib/progress/progress-cache";
import { clearStructureCache } from "@/lib/frameworks/structure-cache";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { seedScaledFramework } from "@/lib/demo/seed-scaled-framework";
import { renderProgressPage, type PageRequest } from "../../scripts/bench/render-progress-page";
import { createTestMember, createTestWorkspace, uniqueCode } from "../fixtures/factories";

describe("the progress page in Romanian and in English", () => {
  let secretariat: AccessContext;
  let code: string;
  beforeAll(async () => {
    const { workspaceId } = await createTestWorkspace({ institutions: DEMO_INSTITUTIONS });
    ({ frameworkCode: code } = await seedScaledFramework(workspaceId, { indicators: 65, code: uniqueCode("L"), firstYear: 2022 }));
    secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  }, 120_000);

  // Each render reads and computes the page afresh: a hit of the progress or structure cache
  // (lib/progress/progress-cache.ts, lib/frameworks/structure-cache.ts) would send fewer queries.
  const render = (request: PageRequest) => {
    clearProgressCache();
    clearStructureCache();
    return countQueries(() => renderProgressPage(secretariat, code, request));
  };

  it("sends the same number of queries whichever the language and however it is asked for", async () => {
    const english = await render({ cookie: "en" });
    const romanianByCookie = await render({ cookie: "ro" });
    const romanianByBrowser = await render({ acceptLanguage: "ro-MD,ro;q=0.9" });
    expect(english.queries).toBeGreaterThan(0);
    expect(romanianByCookie.queries).toBe(english.queries);
    expect(romanianByBrowser.queries).toBe(english.queries);
  });

  it("speaks the language asked for", async () => {
    const { html: english } = (await render({ cookie: "en" })).result;
    const { html: romanian, locale } = (await render({ acceptLanguage: "ro-MD,ro;q=0.9" })).result;
    expect(locale).toBe("ro");
    expect(english).toContain("Area scores over the years");
    expect(english).toContain("Progress of each indicator");
    expect(romanian).toContain("Scorurile domeniilor de-a lungul anilor");
    expect(romanian).toContain("Progresul fiecărui indicator");
    expect(romanian).not.toContain("Progress of each indicator");
    // Scores with a decimal: "45.3" in English, "45,3" in Romanian.
    expect(english).toMatch(/>\d+\.\d</);
    expect(romanian).toMatch(/>\d+,\d</);
    expect(romanian).not.toMatch(/>\d+\.\d</);
  });
});
