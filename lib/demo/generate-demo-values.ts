import type { ValueStatus } from "@/lib/generated/prisma/enums";
import type { AreaDefinition, FrameworkDefinition, IndicatorDefinition } from "@/lib/frameworks/schemas";
import { formatDisaggregationKey } from "@/lib/indicators/disaggregation";
import { isLevelBased, isQuantitative, YES_NO_LEVELS, type LevelDefinition } from "@/lib/indicators/value-types";
import { createRandom, type Random } from "./random";

/**
 * Deterministic, plausible monitoring data for a framework definition: trends towards (or
 * away from) each indicator's target, a few gaps, comments on some values, breakdowns by
 * sex and age where the indicator allows them, and every value status in the open year.
 * Pure: the same definition, years and seed always give the same values.
 */

export type DemoValue = {
  indicatorCode: string;
  year: number;
  disaggregation: string;
  number: number | null;
  levelCode: string | null;
  text: string | null;
  status: ValueStatus;
  comment: string | null;
  source: string | null;
  returnReason: string | null;
};

export type DemoValueOptions = {
  /** Years with data, ascending. */
  years: number[];
  /** The year whose cycle is still open: its values get every status, some are missing. */
  openYear?: number;
  seed: string;
  /** Share of non-baseline values left missing (gaps). */
  gapRate?: number;
};

type Profile = "achieved" | "onTrack" | "acceleration" | "limited" | "deteriorating";

/** Share of the planned change each profile realises by the target year. */
const PROFILE_FACTORS: Record<Profile, number> = {
  achieved: 1.12,
  onTrack: 1,
  acceleration: 0.7,
  limited: 0.3,
  deteriorating: -0.35,
};

const PROFILES: readonly Profile[] = [
  "achieved",
  "onTrack",
  "onTrack",
  "onTrack",
  "acceleration",
  "acceleration",
  "limited",
  "limited",
  "deteriorating",
];

/** Statuses for the open year, in proportion; "missing" means no value at all. */
const OPEN_YEAR_PLAN: readonly (ValueStatus | "missing")[] = [
  "missing",
  "missing",
  "DRAFT",
  "DRAFT",
  "SUBMITTED",
  "SUBMITTED",
  "SUBMITTED",
  "RETURNED",
  "APPROVED",
  "APPROVED",
];

const COMMENTS = [
  "Provisional figure from administrative records; final data expected with the annual report.",
  "Revised after reconciliation with the national statistics office.",
  "Includes estimates for the last quarter.",
  "Methodology aligned with the national statistical programme this year.",
  "Data collection delayed by the reorganisation of the responsible unit.",
  "Figure confirmed by the interministerial working group.",
  "Covers only the programmes financed from the state budget.",
];

const RETURN_REASONS = [
  "The figure differs from the institution's annual activity report; please check and confirm the source.",
  "Please add the means of verification and break the value down by sex.",
  "The value is lower than last year without an explanation; please add a comment.",
];

const NARRATIVES = [
  "The coordination council met four times; two of its recommendations were taken up in sector plans.",
  "A joint action plan was agreed with local authorities and the diaspora associations.",
  "Implementation continued as planned; the mid-term review highlighted staffing constraints.",
  "Guidelines were updated and training was delivered to focal points in all central authorities.",
  "Activities were partly postponed; funding was secured for the following year.",
  "Consultations with civil society and diaspora representatives informed the revised procedures.",
];

export function generateDemoValues(definition: FrameworkDefinition, options: DemoValueOptions): DemoValue[] {
  const indicators = flattenIndicators(definition.areas);
  const openYear = options.openYear;
  const planRandom = createRandom(`${options.seed}:${definition.code}:open-year-plan`);
  // Shuffle a repeated plan so that every status occurs and the mix does not follow the matrix order.
  const plan = planRandom.shuffle(indicators.map((_, index) => OPEN_YEAR_PLAN[index % OPEN_YEAR_PLAN.length]!));

  return indicators.flatMap((indicator, index) => {
    const random = createRandom(`${options.seed}:${definition.code}:${indicator.code}`);
    const profile = random.pick(PROFILES);
    const series = isQuantitative(indicator.valueType)
      ? quantitativeSeries(indicator, options.years, profile, random)
      : isLevelBased(indicator.valueType)
        ? levelSeries(indicator, options.years, profile, random)
        : narrativeSeries(options.years, random);

    const gapRate = options.gapRate ?? 0.06;
    const values: DemoValue[] = [];
    for (const point of series) {
      const isBaseline = point.year === indicator.baseline?.year;
      const isOpen = point.year === openYear;
      if (!isBaseline && !isOpen && random.chance(gapRate)) continue;
      const status = isOpen ? plan[index]! : "APPROVED";
      if (status === "missing") continue;

      const comment = random.chance(0.12) ? random.pick(COMMENTS) : null;
      const returnReason = status === "RETURNED" ? random.pick(RETURN_REASONS) : null;
      const base = {
        indicatorCode: indicator.code,
        year: point.year,
        status,
        source: indicator.dataSource ?? null,
        returnReason,
      };
      values.push({ ...base, disaggregation: "", number: point.number, levelCode: point.levelCode, text: point.text, comment });
      if (point.number !== null) {
        for (const part of breakdown(indicator, point.number, random)) {
          values.push({ ...base, disaggregation: part.key, number: part.number, levelCode: null, text: null, comment: null });
        }
      }
    }
    return values;
  });
}

export function flattenIndicators(areas: AreaDefinition[]): IndicatorDefinition[] {
  return areas.flatMap((area) => [...(area.indicators ?? []), ...flattenIndicators(area.areas ?? [])]);
}

type Point = { year: number; number: number | null; levelCode: string | null; text: string | null };

function quantitativeSeries(indicator: IndicatorDefinition, years: number[], profile: Profile, random: Random): Point[] {
  const firstYear = years[0] ?? 2016;
  const baselineYear = indicator.baseline?.year ?? firstYear;
  const baseline = typeof indicator.baseline?.value === "number" ? indicator.baseline.value : 100;
  const finalTarget = pickFinalTarget(indicator);
  const targetYear = finalTarget?.year ?? years.at(-1) ?? baselineYear + 9;
  const sign = indicator.direction === "DECREASE" ? -1 : 1;
  const plannedChange =
    indicator.direction === "MAINTAIN"
      ? 0
      : typeof finalTarget?.value === "number"
        ? finalTarget.value - baseline
        : sign * Math.max(Math.abs(baseline) * 0.3, 1);
  const factor = PROFILE_FACTORS[profile];
  const noiseScale = Math.max(Math.abs(plannedChange) * 0.04, Math.abs(baseline) * 0.015, 0.05);
  const decimals = indicator.decimals ?? (indicator.valueType === "PERCENTAGE" ? 1 : 0);
  const lower = indicator.lowerLimit ?? (indicator.valueType === "PERCENTAGE" ? 0 : null);
  const upper = indicator.upperLimit ?? (indicator.valueType === "PERCENTAGE" ? 100 : null);
  const span = Math.max(targetYear - baselineYear, 1);

  return years.map((year) => {
    if (year === baselineYear) return { year, number: baseline, levelCode: null, text: null };
    const progress = ((year - baselineYear) / span) * factor;
    let value = baseline + plannedChange * progress + random.between(-1, 1) * noiseScale;
    if (lower !== null) value = Math.max(lower, value);
    if (upper !== null) value = Math.min(upper, value);
    return { year, number: round(value, decimals), levelCode: null, text: null };
  });
}

function levelSeries(indicator: IndicatorDefinition, years: number[], profile: Profile, random: Random): Point[] {
  const levels: readonly LevelDefinition[] = indicator.valueType === "YES_NO" ? YES_NO_LEVELS : (indicator.levels ?? []);
  const indexOf = (code: unknown) => levels.findIndex((level) => level.code === code);
  const startIndex =
    typeof indicator.baseline?.value === "string"
      ? Math.max(indexOf(indicator.baseline.value), 0)
      : random.integer(0, Math.max(levels.length - 2, 0));
  const finalTarget = pickFinalTarget(indicator);
  const targetIndex = finalTarget ? Math.max(indexOf(finalTarget.value), startIndex) : levels.length - 1;
  const steps = targetIndex - startIndex;
  const achievedSteps = profile === "deteriorating" ? (startIndex > 0 ? -1 : 0) : Math.round(steps * Math.min(PROFILE_FACTORS[profile], 1));

  const laterYears = years.slice(1);
  const stepYears = new Set(random.shuffle(laterYears).slice(0, Math.abs(achievedSteps)));
  let index = startIndex;
  return years.map((year) => {
    if (stepYears.has(year)) index += Math.sign(achievedSteps);
    return { year, number: null, levelCode: levels[index]?.code ?? null, text: null };
  });
}

function narrativeSeries(years: number[], random: Random): Point[] {
  return years.map((year) => ({ year, number: null, levelCode: null, text: random.pick(NARRATIVES) }));
}

/** Breakdown by sex (and age group for counts) that adds up to the total for counts. */
function breakdown(indicator: IndicatorDefinition, total: number, random: Random): { key: string; number: number }[] {
  const dimensions = indicator.dimensions ?? [];
  const decimals = indicator.decimals ?? (indicator.valueType === "PERCENTAGE" ? 1 : 0);
  const parts: { key: string; number: number }[] = [];
  if (dimensions.includes("SEX")) {
    if (indicator.valueType === "PERCENTAGE") {
      const gap = random.between(-6, 6);
      const clamp = (value: number) => Math.min(indicator.upperLimit ?? 100, Math.max(indicator.lowerLimit ?? 0, value));
      parts.push({ key: formatDisaggregationKey({ SEX: "F" }), number: round(clamp(total + gap), decimals) });
      parts.push({ key: formatDisaggregationKey({ SEX: "M" }), number: round(clamp(total - gap), decimals) });
    } else {
      const female = round(total * random.between(0.38, 0.58), decimals);
      parts.push({ key: formatDisaggregationKey({ SEX: "F" }), number: female });
      parts.push({ key: formatDisaggregationKey({ SEX: "M" }), number: round(total - female, decimals) });
    }
  }
  if (dimensions.includes("AGE_GROUP") && indicator.valueType !== "PERCENTAGE") {
    const young = round(total * random.between(0.2, 0.35), decimals);
    const old = round(total * random.between(0.08, 0.15), decimals);
    parts.push({ key: formatDisaggregationKey({ AGE_GROUP: "Y15T24" }), number: young });
    parts.push({ key: formatDisaggregationKey({ AGE_GROUP: "Y25T54" }), number: round(total - young - old, decimals) });
    parts.push({ key: formatDisaggregationKey({ AGE_GROUP: "Y55T64" }), number: old });
  }
  return parts;
}

function pickFinalTarget(indicator: IndicatorDefinition) {
  const targets = indicator.targets ?? [];
  return targets.find((target) => target.isFinal) ?? [...targets].sort((a, b) => b.year - a.year)[0];
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
