import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { MarkdownText } from "@/components/narratives/markdown-text";
import { NarrativeForm } from "@/components/narratives/narrative-form";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/indicators/format-value";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { getCycleNarrativesPage } from "@/lib/narratives/get-cycle-narratives-page";
import type { NarrativeText } from "@/lib/narratives/list-cycle-narratives";

type Props = PageProps<"/cycles/[framework]/[year]/narratives">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { framework, year } = await props.params;
  const t = await getTranslations("Narratives");
  return { title: t("pageTitle", { framework: decodeURIComponent(framework), year }) };
}

/** The texts of a cycle's working-group report: the secretariat writes the summary and area analyses here. */
export default async function CycleNarrativesPage(props: Props) {
  const params = await props.params;
  const access = await requirePageAccess();
  const target = { frameworkCode: decodeURIComponent(params.framework), year: Number(params.year) };
  if (!Number.isInteger(target.year)) notFound();
  const [t, locale, page] = await Promise.all([
    getTranslations("Narratives"),
    getInterfaceLocale(),
    getCycleNarrativesPage(access, target).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
  ]);
  const { cycle } = page;
  const base = `/cycles/${encodeURIComponent(cycle.framework.code)}/${cycle.year}`;
  const shown = (narrative: NarrativeText | null) =>
    narrative ? (
      <>
        <MarkdownText text={narrative.body} />
        <p className="muted narrative-meta">
          {t("lastChanged", { name: narrative.updatedByLabel, when: formatDateTime(narrative.updatedAt, locale) })}
        </p>
      </>
    ) : (
      <p className="muted">{t("none")}</p>
    );
  const form = (kind: "SUMMARY" | "AREA", subject: string, narrative: NarrativeText | null, label: string) =>
    page.canWriteAnalysis ? (
      <div className="card">
        <NarrativeForm
          key={narrative?.version ?? 0}
          frameworkCode={cycle.framework.code}
          year={cycle.year}
          kind={kind}
          subject={subject}
          body={narrative?.body ?? ""}
          version={narrative?.version ?? 0}
          label={label}
          returnTo={`${base}/narratives`}
        />
      </div>
    ) : null;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/cycles", label: t("cycles") },
          { href: base, label: `${cycle.framework.code} ${cycle.year}` },
          { label: t("breadcrumb") },
        ]}
      />
      <div className="page-header">
        <h1>{t("pageTitle", { framework: cycle.framework.code, year: cycle.year })}</h1>
        <p className="page-header__lead">{t("pageLead")}</p>
      </div>

      <section className="section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t("summaryHeading")}</h2>
        {shown(page.summary)}
        {form("SUMMARY", "", page.summary, t("summaryLabel"))}
      </section>

      {page.areas.map((area) => (
        <section key={area.code} className="section" aria-labelledby={`area-${area.code}-heading`.replace(/[^A-Za-z0-9_-]/g, "-")}>
          <h2 id={`area-${area.code}-heading`.replace(/[^A-Za-z0-9_-]/g, "-")}>{t("areaHeading", { code: area.code, name: area.name })}</h2>
          {shown(area.narrative)}
          {form("AREA", area.code, area.narrative, t("areaLabel", { code: area.code }))}
        </section>
      ))}

      <section className="section" aria-labelledby="explanations-heading">
        <h2 id="explanations-heading">{t("explanationsHeading")}</h2>
        {page.explanations.length === 0 ? <p className="muted">{t("explanationsNone")}</p> : null}
        {page.explanations.map((explanation) => (
          <article key={explanation.code} className="comment">
            <h3>
              {explanation.code} {explanation.name}
            </h3>
            {shown(explanation.narrative)}
          </article>
        ))}
      </section>
    </>
  );
}
