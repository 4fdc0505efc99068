import { getTranslations } from "next-intl/server";
import { getValueTypeLabels } from "@/app/_i18n/get-status-labels";
import { LocalizedText } from "@/components/matrix/localized-text";
import type { IndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import { nameTranslationsSchema } from "@/lib/frameworks/schemas";
import { localizedName } from "@/lib/i18n/localized-name";
import type { Locale } from "@/lib/i18n/locales";
import { formatBaseline, formatIndicatorValue, formatNumber } from "@/lib/indicators/format-value";
import { effectiveLimits, isLevelBased } from "@/lib/indicators/value-types";
import { IndicatorMappingRows } from "./indicator-mapping-rows";

type Props = Pick<IndicatorDetail, "framework" | "indicator"> & { locale: Locale };

/** What the indicator is: its framework, value type, scale, baseline and targets, who reports it, and where it maps to. */
export async function IndicatorAboutSection({ framework, indicator, locale }: Props) {
  const [t, valueTypeLabels] = await Promise.all([getTranslations("IndicatorPage"), getValueTypeLabels()]);
  // Names in other languages (Open SDG imports carry them); the main name is the heading.
  const parsedTranslations = nameTranslationsSchema.safeParse(indicator.nameTranslations ?? {});
  const translations = parsedTranslations.success ? Object.entries(parsedTranslations.data).sort(([a], [b]) => a.localeCompare(b)) : [];
  const limits = effectiveLimits(indicator);
  const directionLabels = { INCREASE: t("increase"), DECREASE: t("decrease"), MAINTAIN: t("maintain") };

  return (
    <section className="section" aria-labelledby="about-heading">
      <h2 id="about-heading">{t("about")}</h2>
      <dl className="summary-list">
        <dt>{t("framework")}</dt>
        <dd>{t("frameworkVersion", { name: localizedName(framework, locale).text, label: framework.versionLabel })}</dd>
        {translations.length > 0 ? (
          <>
            <dt>{t("otherLanguages")}</dt>
            <dd>
              <ul className="plain-list">
                {translations.map(([language, name]) => (
                  <li key={language} lang={language}>
                    <span className="code">{language}</span> {name}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t("valueType")}</dt>
        <dd>{valueTypeLabels[indicator.valueType]}</dd>
        {indicator.unit ? (
          <>
            <dt>{t("unit")}</dt>
            <dd>
              <LocalizedText text={indicator.unit} translations={indicator.unitTranslations} />
            </dd>
          </>
        ) : null}
        {indicator.direction ? (
          <>
            <dt>{t("direction")}</dt>
            <dd>{directionLabels[indicator.direction]}</dd>
          </>
        ) : null}
        {limits.lower !== null || limits.upper !== null ? (
          <>
            <dt>{t("limits")}</dt>
            <dd>
              {limits.lower !== null ? t("from", { value: formatNumber(limits.lower, null, locale) }) : ""}
              {limits.lower !== null && limits.upper !== null ? " " : ""}
              {limits.upper !== null ? t("to", { value: formatNumber(limits.upper, null, locale) }) : ""}
            </dd>
          </>
        ) : null}
        <dt>{t("baseline")}</dt>
        <dd>{formatBaseline(indicator, locale) ?? t("notSet")}</dd>
        <dt>{t("targets")}</dt>
        <dd>
          {indicator.targets.length === 0 ? (
            t("notSet")
          ) : (
            <ul className="plain-list">
              {indicator.targets.map((target) => (
                <li key={target.year}>
                  {target.year}:{" "}
                  {formatIndicatorValue({ number: target.number, levelCode: target.levelCode, text: null }, indicator, locale)}
                  {target.isFinal ? ` ${t("finalTarget")}` : ` ${t("milestone")}`}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {isLevelBased(indicator.valueType) ? (
          <>
            <dt>{t("levels")}</dt>
            <dd>
              <ul className="plain-list">
                {indicator.levels.map((level) => (
                  <li key={level.code}>
                    <LocalizedText text={level.label} translations={level.labelTranslations} />{" "}
                    <span className="muted">{t("score", { score: formatNumber(level.score * 100, 0, locale) })}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t("leadInstitution")}</dt>
        <dd>{indicator.leadInstitution ? `${indicator.leadInstitution.name} (${indicator.leadInstitution.code})` : t("notAssigned")}</dd>
        {indicator.contributors.length > 0 ? (
          <>
            <dt>{t("contributors")}</dt>
            <dd>{indicator.contributors.map((institution) => `${institution.name} (${institution.code})`).join("; ")}</dd>
          </>
        ) : null}
        {indicator.dataSource ? (
          <>
            <dt>{t("dataSource")}</dt>
            <dd>
              <LocalizedText text={indicator.dataSource} translations={indicator.dataSourceTranslations} />
            </dd>
          </>
        ) : null}
        {indicator.verification ? (
          <>
            <dt>{t("verification")}</dt>
            <dd>
              <LocalizedText text={indicator.verification} translations={indicator.verificationTranslations} />
            </dd>
          </>
        ) : null}
        {indicator.dimensions.length > 0 ? (
          <>
            <dt>{t("dimensions")}</dt>
            <dd>
              {indicator.dimensions
                .map(
                  (dimension) =>
                    `${localizedName(dimension, locale).text} (${dimension.members.map((member) => localizedName(member, locale).text).join(", ")})`,
                )
                .join("; ")}
            </dd>
          </>
        ) : null}
        <IndicatorMappingRows mappings={indicator.mappings} />
      </dl>
    </section>
  );
}
