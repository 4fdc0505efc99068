import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LocalizedText } from "@/components/matrix/localized-text";
import { IndicatorProgressSection } from "@/components/progress/indicator-progress-section";
import { isAppError } from "@/lib/errors";
import { getIndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import { progressByYear } from "@/lib/progress/progress-by-year";
import { IndicatorAboutSection } from "./indicator-about-section";
import { IndicatorValuesSection } from "./indicator-values-section";

type Props = PageProps<"/frameworks/[code]/indicators/[indicator]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { indicator } = await props.params;
  const t = await getTranslations("IndicatorPage");
  return { title: t("title", { code: decodeURIComponent(indicator) }) };
}

export default async function IndicatorPage(props: Props) {
  const params = await props.params;
  const [access, t, locale] = await Promise.all([requirePageAccess(), getTranslations("IndicatorPage"), getInterfaceLocale()]);
  const detail = await getIndicatorDetail(access, decodeURIComponent(params.code), decodeURIComponent(params.indicator)).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const { framework, area, indicator, values, memberNames } = detail;
  const progressYears = progressByYear(indicator, values, framework.baseYear, false);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          { href: `/frameworks/${encodeURIComponent(framework.code)}`, label: framework.code },
          { label: indicator.code },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {t("eyebrow", { code: indicator.code })} ·{" "}
          {area.parent ? (
            <>
              <LocalizedText entity={area.parent} />
              {" › "}
            </>
          ) : null}
          <LocalizedText entity={area} />
        </p>
        <h1>
          <LocalizedText entity={indicator} />
        </h1>
        {indicator.definition ? (
          <p className="page-header__lead">
            <LocalizedText text={indicator.definition} translations={indicator.definitionTranslations} />
          </p>
        ) : null}
      </div>

      <IndicatorValuesSection indicator={indicator} values={values} memberNames={memberNames} locale={locale} />
      <IndicatorProgressSection years={progressYears} indicator={indicator} baseYear={framework.baseYear} />
      <IndicatorAboutSection framework={framework} indicator={indicator} locale={locale} />
    </>
  );
}
