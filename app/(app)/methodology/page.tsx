import { formatShare } from "@/lib/progress/format-score";
import type { Metadata } from "next";
import { ProgressStatusBadge } from "@/components/progress/progress-status-badge";
import { MAINTAIN_TOLERANCES, TARGET_THRESHOLDS, TREND_THRESHOLDS } from "@/lib/progress/calculate-progress";
import { CATEGORY_LABELS, DEFAULT_CATEGORY_CUTOFFS } from "@/lib/progress/categories";

export const metadata: Metadata = { title: "How progress is measured" };

const pct = formatShare;

export default function MethodologyPage() {
  return (
    <article className="prose">
      <div className="page-header">
        <h1>How progress is measured</h1>
        <p className="page-header__lead">
          Capacitas uses the progress method of Open SDG, developed by Statistics Canada and used by national statistics offices for their
          SDG platforms, and the official formula of SDG indicator 10.7.2. This page explains both, with the choices we made where they say
          nothing.
        </p>
      </div>

      <section aria-labelledby="values-heading">
        <h2 id="values-heading">Which values count</h2>
        <p>
          By default only <strong>approved</strong> values count: the ones the secretariat has reviewed. The pages and the API can also
          count values that are not approved yet (submitted values, and drafts you are allowed to see). Results that use such a value are
          marked <strong>provisional</strong> (*). Values the secretariat returned for correction never count. Progress is measured on each
          indicator&apos;s total; breakdowns (by sex, age...) are shown but not scored.
        </p>
      </section>

      <section className="section" aria-labelledby="growth-heading">
        <h2 id="growth-heading">Growth since the base year</h2>
        <p>
          Each framework has a base year (the demo matrix: 2016). The method compares the value of the base year <var>y</var>
          <sub>0</sub> (or, when that year has no value, the next year that has one) with the most recent value <var>y</var>
          <sub>i</sub>, through the compound annual growth rate:
        </p>
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
          The desired direction <var>d</var> is +1 when a higher value is better and −1 when a lower value is better. A status needs values
          in at least two years from the base year; otherwise it is <ProgressStatusBadge status="not_available" />. A base value of 0 is
          replaced by 0.001, as in Open SDG.
        </p>
      </section>

      <section className="section" aria-labelledby="target-heading">
        <h2 id="target-heading">Indicators with a target</h2>
        <p>
          The growth needed to reach the target <var>y</var>
          <sub>T</sub> in its year t<sub>T</sub> is CAGR<sub>T</sub> = (<var>y</var>
          <sub>T</sub> ÷ <var>y</var>
          <sub>0</sub>)
          <sup>
            1 ÷ (t<sub>T</sub> − t<sub>0</sub>)
          </sup>{" "}
          − 1. The ratio <var>R</var> = <var>d</var> × CAGR ÷ |CAGR<sub>T</sub>| says how much of the needed pace is achieved.
        </p>
        <table className="data-table">
          <caption>Status of an indicator with a target</caption>
          <thead>
            <tr>
              <th scope="col">Condition</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>The latest value meets the target</td>
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
        <p>
          A target already reached in the base year stays &ldquo;achieved&rdquo; while it is met, and is &ldquo;deterioration&rdquo; once it
          is no longer met.
        </p>
      </section>

      <section className="section" aria-labelledby="trend-heading">
        <h2 id="trend-heading">Indicators without a target</h2>
        <p>
          The growth itself is judged, in the desired direction: <var>d</var> × CAGR ≥ {pct(TREND_THRESHOLDS.high)} is on track, from{" "}
          {pct(TREND_THRESHOLDS.medium)} progress needs acceleration, from 0 % progress is limited, and below 0 % the indicator
          deteriorates.
        </p>
        <p>
          <strong>Natural limits.</strong> A share cannot grow past 100 %: near such a limit <var>L</var> the positive thresholds are
          multiplied by C = 1 − (<var>y</var>
          <sub>0</sub> ÷ <var>L</var>)<sup>4.44</sup>, as in Open SDG, so that an indicator already at 92 % is not judged against growth it
          cannot have.
        </p>
      </section>

      <section className="section" aria-labelledby="other-heading">
        <h2 id="other-heading">Indicators to maintain, and qualitative indicators</h2>
        <p>The Open SDG method has no rule for these; ours are:</p>
        <ul>
          <li>
            <strong>To maintain</strong> (a value that should stay stable): the deviation from the target, or from the base value, decides:
            within {pct(MAINTAIN_TOLERANCES.onTrack)} on track (target achieved when there is a target), within{" "}
            {pct(MAINTAIN_TOLERANCES.acceleration)} acceleration needed, within {pct(MAINTAIN_TOLERANCES.limited)} limited progress, beyond
            that deterioration.
          </li>
          <li>
            <strong>Levels and yes/no answers</strong> progress through the score of each level (absent 0, partially present 0.5, fully
            present 1 for the MGI; no 0, yes 1). With a target level, the pace of improvement is compared with the pace needed, with the
            same thresholds as above. Without one, any improvement is on track, no change is limited progress (achieved at the top level), a
            lower level is deterioration.
          </li>
          <li>
            <strong>Narrative</strong> indicators have no status; they are read, not scored.
          </li>
        </ul>
      </section>

      <section className="section" aria-labelledby="scores-heading">
        <h2 id="scores-heading">Area and domain scores</h2>
        <p>
          An area&apos;s score for a year, from 0 to 100 %, is the mean achievement of its indicators that have a value that year (sub-areas
          count in their area):
        </p>
        <ul>
          <li>a level or yes/no answer counts its score (0 to 1);</li>
          <li>
            a quantity with a target counts the share of the way from the base value to the target, from 0 (no progress or worse) to 1
            (target met);
          </li>
          <li>a quantity to maintain loses one point for every 20 % of deviation;</li>
          <li>quantities without a target and narrative indicators are not counted (the number counted is shown beside each score).</li>
        </ul>
        <p>
          <strong>SDG indicator 10.7.2</strong> uses exactly its official formula: a domain&apos;s score is the mean of its five
          sub-category scores (yes 1, partially 0.5, no 0) × 100, computed only when every sub-category is answered; the overall score is
          the mean of all thirty. Each score is placed in one of four categories:
        </p>
        <table className="data-table">
          <caption>SDG 10.7.2 categories (default cut-offs, configurable per framework)</caption>
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col">Category</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>below {DEFAULT_CATEGORY_CUTOFFS[0]} %</td>
              <td>1 {CATEGORY_LABELS[0]}</td>
            </tr>
            <tr>
              <td>
                {DEFAULT_CATEGORY_CUTOFFS[0]} % to below {DEFAULT_CATEGORY_CUTOFFS[1]} %
              </td>
              <td>2 {CATEGORY_LABELS[1]}</td>
            </tr>
            <tr>
              <td>
                {DEFAULT_CATEGORY_CUTOFFS[1]} % to below {DEFAULT_CATEGORY_CUTOFFS[2]} %
              </td>
              <td>3 {CATEGORY_LABELS[2]}</td>
            </tr>
            <tr>
              <td>{DEFAULT_CATEGORY_CUTOFFS[2]} % and above</td>
              <td>4 {CATEGORY_LABELS[3]}</td>
            </tr>
          </tbody>
        </table>
        <p className="muted">
          The cut-offs from percentage to category could not be confirmed against the official methodology; the secretariat can change them
          for each framework.
        </p>
        <p>
          Scores are not a ranking of governments, and the MGI publishes no composite score: area scores here are a reading aid for a
          government&apos;s own progress over time.
        </p>
      </section>
    </article>
  );
}
