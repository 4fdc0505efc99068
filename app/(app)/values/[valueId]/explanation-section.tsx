import { getTranslations } from "next-intl/server";
import { MarkdownText } from "@/components/narratives/markdown-text";
import { NarrativeForm } from "@/components/narratives/narrative-form";
import type { AccessContext } from "@/lib/auth/access-context";
import { formatDateTime } from "@/lib/indicators/format-value";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { getIndicatorExplanation } from "@/lib/narratives/get-indicator-explanation";

type Place = { indicatorId: string; identityId: string; indicatorCode: string; year: number; frameworkId: string; frameworkCode: string };

/** The reporting institution's explanation of the indicator's year, shown in the report beside the indicator. */
export async function ExplanationSection({ access, place, valueId }: { access: AccessContext; place: Place; valueId: string }) {
  const [t, explanation, locale] = await Promise.all([
    getTranslations("Narratives"),
    getIndicatorExplanation(access, place),
    getInterfaceLocale(),
  ]);
  if (!explanation.hasCycle) return null;
  const { narrative } = explanation;
  return (
    <section className="section" aria-labelledby="explanation-heading">
      <h2 id="explanation-heading">{t("explanationHeading", { year: place.year })}</h2>
      {narrative ? (
        <>
          <MarkdownText text={narrative.body} />
          <p className="muted narrative-meta">
            {t("lastChanged", { name: narrative.updatedByLabel, when: formatDateTime(narrative.updatedAt, locale) })}
          </p>
        </>
      ) : (
        <p className="muted">{t("explanationNone")}</p>
      )}
      {explanation.canWrite ? (
        <div className="card">
          <NarrativeForm
            key={narrative?.version ?? 0}
            frameworkCode={place.frameworkCode}
            year={place.year}
            kind="INDICATOR"
            subject={place.indicatorCode}
            body={narrative?.body ?? ""}
            version={narrative?.version ?? 0}
            label={t("explanationLabel", { code: place.indicatorCode, year: place.year })}
            returnTo={`/values/${valueId}`}
          />
        </div>
      ) : null}
    </section>
  );
}
