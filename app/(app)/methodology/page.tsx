import { formatNumber } from "@/lib/indicators/format-value";
import { formatShare } from "@/lib/progress/format-score";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { ProgressStatusBadge } from "@/components/progress/progress-status-badge";
import { MAINTAIN_TOLERANCES, TARGET_THRESHOLDS, TREND_THRESHOLDS } from "@/lib/progress/calculate-progress";
import { DEFAULT_CATEGORY_CUTOFFS } from "@/lib/progress/categories";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MethodologyPage");
  return { title: t("title") };
}

/** The markup that the method's sentences carry around their symbols. */
const tags = {
  strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
  var: (chunks: ReactNode) => <var>{chunks}</var>,
  sub: (chunks: ReactNode) => <sub>{chunks}</sub>,
};

export default async function MethodologyPage() {
  const [t, categories, locale] = await Promise.all([getTranslations("MethodologyPage"), getCategoryNames(), getInterfaceLocale()]);
  const pct = (share: number) => formatShare(share, locale);
  return (
    <article className="prose">
      <div className="page-header">
        <h1>{t("title")}</h1>
        <p className="page-header__lead">{t("lead")}</p>
      </div>

      <section aria-labelledby="values-heading">
        <h2 id="values-heading">{t("valuesHeading")}</h2>
        <p>{t.rich("values", tags)}</p>
      </section>

      <section className="section" aria-labelledby="growth-heading">
        <h2 id="growth-heading">{t("growthHeading")}</h2>
        <p>{t.rich("growth", tags)}</p>
        <p className="formula">
          CAGR = (<var>y</var>
          <sub>i</sub> ÷ <var>y</var>
          <sub>0</sub>)
          <sup>
            1 ÷ (t<sub>i</sub> − t<sub>0</sub>)
          </sup>{" "}
          − 1
        </p>
        <p>
          {t.rich("direction", tags)} <ProgressStatusBadge status="not_available" />. {t("zeroBase")}
        </p>
      </section>

      <section className="section" aria-labelledby="target-heading">
        <h2 id="target-heading">{t("targetHeading")}</h2>
        <p>
          {t.rich("targetGrowth", tags)} CAGR<sub>T</sub> = (<var>y</var>
          <sub>T</sub> ÷ <var>y</var>
          <sub>0</sub>)
          <sup>
            1 ÷ (t<sub>T</sub> − t<sub>0</sub>)
          </sup>{" "}
          − 1. {t.rich("ratio", tags)}
        </p>
        <table className="data-table">
          <caption>{t("targetCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("condition")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{t("meetsTarget")}</td>
              <td>
                <ProgressStatusBadge status="target_achieved" />
              </td>
            </tr>
            <tr>
              <td>R ≥ {pct(TARGET_THRESHOLDS.high)}</td>
              <td>
                <ProgressStatusBadge status="on_track" />
              </td>
            </tr>
            <tr>
              <td>
                {pct(TARGET_THRESHOLDS.medium)} ≤ R &lt; {pct(TARGET_THRESHOLDS.high)}
              </td>
              <td>
                <ProgressStatusBadge status="acceleration_needed" />
              </td>
            </tr>
            <tr>
              <td>0 % ≤ R &lt; {pct(TARGET_THRESHOLDS.medium)}</td>
              <td>
                <ProgressStatusBadge status="limited_progress" />
              </td>
            </tr>
            <tr>
              <td>R &lt; 0 %</td>
              <td>
                <ProgressStatusBadge status="deterioration" />
              </td>
            </tr>
          </tbody>
        </table>
        <p>{t("alreadyReached")}</p>
      </section>

      <section className="section" aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t("trendHeading")}</h2>
        <p>{t.rich("trend", { ...tags, high: pct(TREND_THRESHOLDS.high), medium: pct(TREND_THRESHOLDS.medium) })}</p>
        <p>
          {t.rich("limits", tags)} C = 1 − (<var>y</var>
          <sub>0</sub> ÷ <var>L</var>)<sup>{formatNumber(4.44, 2, locale)}</sup>, {t("limitsWhy")}
        </p>
      </section>

      <section className="section" aria-labelledby="other-heading">
        <h2 id="other-heading">{t("otherHeading")}</h2>
        <p>{t("otherLead")}</p>
        <ul>
          <li>
            {t.rich("maintain", {
              ...tags,
              onTrack: pct(MAINTAIN_TOLERANCES.onTrack),
              acceleration: pct(MAINTAIN_TOLERANCES.acceleration),
              limited: pct(MAINTAIN_TOLERANCES.limited),
            })}
          </li>
          <li>{t.rich("levels", tags)}</li>
          <li>{t.rich("narrative", tags)}</li>
        </ul>
      </section>

      <section className="section" aria-labelledby="scores-heading">
        <h2 id="scores-heading">{t("scoresHeading")}</h2>
        <p>{t("scores")}</p>
        <ul>
          <li>{t("scoreLevel")}</li>
          <li>{t("scoreTarget")}</li>
          <li>{t("scoreMaintain")}</li>
          <li>{t("scoreOthers")}</li>
        </ul>
        <p>{t.rich("sdg", tags)}</p>
        <table className="data-table">
          <caption>{t("categoriesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("score")}</th>
              <th scope="col">{t("category")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{t("below", { cutoff: DEFAULT_CATEGORY_CUTOFFS[0] })}</td>
              <td>1 {categories[0]}</td>
            </tr>
            <tr>
              <td>{t("between", { from: DEFAULT_CATEGORY_CUTOFFS[0], to: DEFAULT_CATEGORY_CUTOFFS[1] })}</td>
              <td>2 {categories[1]}</td>
            </tr>
            <tr>
              <td>{t("between", { from: DEFAULT_CATEGORY_CUTOFFS[1], to: DEFAULT_CATEGORY_CUTOFFS[2] })}</td>
              <td>3 {categories[2]}</td>
            </tr>
            <tr>
              <td>{t("above", { cutoff: DEFAULT_CATEGORY_CUTOFFS[2] })}</td>
              <td>4 {categories[3]}</td>
            </tr>
          </tbody>
        </table>
        <p className="muted">{t("cutoffsUnconfirmed")}</p>
        <p>{t("notRanking")}</p>
      </section>
    </article>
  );
}

/** The four SDG 10.7.2 categories' names, in the page's language. */
async function getCategoryNames(): Promise<string[]> {
  const t = await getTranslations("ScoreCategory");
  return [t("category1"), t("category2"), t("category3"), t("category4")];
}
