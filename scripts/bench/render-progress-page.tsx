// The progress page's server work for one request in one language, outside Next: resolve the
// language as i18n/request.ts does (cookie, then Accept-Language), load its messages, load the
// data, render the page's sections (the score chart and table, the first area's heatmap) to
// HTML, and serialise the messages as the root layout's NextIntlClientProvider sends them to the
// browser. bench:progress times it in English and in Romanian (language_overhead_pct), and
// tests/integration/progress-language-queries.test.ts counts its queries in both.
import { NextIntlClientProvider } from "next-intl";
import { createTranslator } from "next-intl";
import { renderToString } from "react-dom/server";
import { AreaScoresSection } from "@/components/progress/area-scores-section";
import { IndicatorHeatmapSection } from "@/components/progress/indicator-heatmap-section";
import type { AccessContext } from "@/lib/auth/access-context";
import { topLevelAreaOf } from "@/lib/frameworks/top-level-area-of";
import { loadMessages } from "@/lib/i18n/load-messages";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";

export type PageRequest = { cookie?: string; acceptLanguage?: string };

export type RenderedPage = { locale: string; html: string; clientMessages: string };

export async function renderProgressPage(access: AccessContext, frameworkCode: string, request: PageRequest): Promise<RenderedPage> {
  const locale = await resolveLocale({ chosen: request.cookie, acceptLanguage: request.acceptLanguage });
  const [messages, progress] = await Promise.all([loadMessages(locale), getFrameworkProgress(access, frameworkCode)]);
  const t = createTranslator({ locale, messages, namespace: "Progress" });
  const yearLabel = (year: number) =>
    progress.coverage.some((entry) => entry.year === year && entry.isProvisional)
      ? t("provisionalYear", { year: String(year) })
      : String(year);
  const { framework, years } = progress;
  const topLevel = framework.areas.filter((area) => area.depth === 0);
  const rootOf = topLevelAreaOf(framework.areas);
  const first = topLevel[0];
  const rows = progress.indicators.filter((row) => rootOf(row.indicator.areaId).id === first?.id);
  const official = framework.scoringMethod === "SDG_10_7_2";
  const html = renderToString(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      <AreaScoresSection
        frameworkCode={framework.code}
        official={official}
        includeProvisional={false}
        topLevel={topLevel}
        years={years}
        scores={progress.scores}
        yearLabel={yearLabel}
      />
      <IndicatorHeatmapSection
        frameworkPath={`/frameworks/${framework.code}`}
        official={official}
        baseYear={framework.baseYear}
        years={years}
        yearLabel={yearLabel}
        picker={{
          areas: topLevel.map((area) => ({ code: area.code, name: area.name, count: 0 })),
          currentCode: first?.code ?? null,
          search: null,
          found: 0,
          keep: {},
        }}
        groups={first ? [{ area: first, rows }] : []}
      />
    </NextIntlClientProvider>,
  );
  // The root layout's provider hands every message to the client components, in the page's payload.
  return { locale, html, clientMessages: JSON.stringify(messages) };
}
