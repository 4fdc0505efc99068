import { MGI_DOMAIN_NAMES } from "@/lib/frameworks/builtin/reference-lists";
import type { IndicatorDefinition } from "@/lib/frameworks/schemas";
import { DIRECTION_LABELS, VALUE_TYPE_LABELS, YES_NO_LEVELS } from "@/lib/indicators/value-types";
import type { FieldChange, IndicatorField } from "./definition-diff";

type Changes = FieldChange<IndicatorField>[];
type Compare = (before: IndicatorDefinition, after: IndicatorDefinition, changes: Changes) => void;

/** Exact numbers: a diff must show 12.345 → 12.346, whatever the indicator's decimals. */
const NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 });

/** Blank texts, empty lists and absent fields all mean "not set". */
const text = (value: string | undefined | null): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};
const number = (value: number | undefined | null): string | null => (value === undefined || value === null ? null : NUMBER.format(value));
/** Numbers compare as numbers and are only formatted when they differ (formatting is the slow part). */
function pushNumber(changes: Changes, field: IndicatorField, label: string, before: number | undefined, after: number | undefined) {
  if (before !== after) changes.push({ field, label, before: number(before), after: number(after) });
}
/** Unordered lists (institutions, dimensions, SDG targets) compare and show sorted. */
const set = (values: readonly (string | number)[] | undefined): string | null => {
  if (!values || values.length === 0) return null;
  const sorted = [...new Set(values)].sort((a, b) =>
    typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b)),
  );
  return sorted.join(", ");
};
/** Most lists are untouched between versions: the same items in the same order need no sorting. */
function pushSet(
  changes: Changes,
  field: IndicatorField,
  label: string,
  before?: readonly (string | number)[],
  after?: readonly (string | number)[],
) {
  if ((before?.length ?? 0) === (after?.length ?? 0) && (before ?? []).every((item, index) => item === after![index])) return;
  push(changes, field, label, set(before), set(after));
}

function push(changes: Changes, field: IndicatorField, label: string, before: string | null, after: string | null) {
  if (before !== after) changes.push({ field, label, before, after });
}

/** A baseline or target value as people read it: "1,250 persons", "42.5 %", "Partially (partly)". */
export function displayDefinitionValue(value: number | string, indicator: IndicatorDefinition): string {
  if (typeof value === "number") {
    const shown = NUMBER.format(value);
    if (indicator.valueType === "PERCENTAGE" || indicator.unit === "%") return `${shown} %`;
    return indicator.unit?.trim() ? `${shown} ${indicator.unit.trim()}` : shown;
  }
  const levels = indicator.valueType === "YES_NO" ? YES_NO_LEVELS : (indicator.levels ?? []);
  const label = levels.find((level) => level.code === value)?.label;
  return label && label !== value ? `${label} (${value})` : value;
}

type Target = NonNullable<IndicatorDefinition["targets"]>[number];
type Level = NonNullable<IndicatorDefinition["levels"]>[number];

// Compared on the raw values: a unit change alone is reported once, as the unit.
const sameTarget = (x: Target | undefined, y: Target | undefined) =>
  x === y ||
  (x !== undefined && y !== undefined && x.year === y.year && x.value === y.value && (x.isFinal === true) === (y.isFinal === true));
const sameLabels = (x: Level, y: Level) => JSON.stringify(x.labelTranslations ?? {}) === JSON.stringify(y.labelTranslations ?? {});
const sameLevel = (x: Level, y: Level | undefined) =>
  y !== undefined && x.code === y.code && x.label === y.label && x.score === y.score && sameLabels(x, y);
const showTarget = (target: Target | undefined, indicator: IndicatorDefinition) =>
  target ? `${displayDefinitionValue(target.value, indicator)}${target.isFinal ? " (final)" : ""}` : null;
const targetsByYear = (indicator: IndicatorDefinition) => new Map((indicator.targets ?? []).map((target) => [target.year, target]));

const baseline = (indicator: IndicatorDefinition) =>
  indicator.baseline ? `${displayDefinitionValue(indicator.baseline.value, indicator)} (${indicator.baseline.year})` : null;

/** " [ro: Deloc; ru: Нет]": a level's translated labels are part of it, so a new one shows as a change of the levels. */
const levelTranslations = (level: Level) => {
  const entries = Object.entries(level.labelTranslations ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return entries.length > 0 ? ` [${entries.map(([language, label]) => `${language}: ${label}`).join("; ")}]` : "";
};

const levels = (indicator: IndicatorDefinition) =>
  indicator.levels && indicator.levels.length > 0
    ? indicator.levels
        .map((level) => `${level.code} = ${level.label}${levelTranslations(level)} (score ${NUMBER.format(level.score)})`)
        .join("; ")
    : null;

type TranslatedField =
  "nameTranslations" | "definitionTranslations" | "unitTranslations" | "dataSourceTranslations" | "verificationTranslations";

/** One change per language of a translated text, labelled "Definition (ro)" (decisions 041, 042). */
function compareTranslations(field: TranslatedField, label: string): Compare {
  return (before, after, changes) => {
    const [then, now] = [before[field], after[field]];
    if (!then && !now) return;
    const languages = new Set([...Object.keys(then ?? {}), ...Object.keys(now ?? {})]);
    for (const language of [...languages].sort()) {
      push(changes, `${field}.${language}`, `${label} (${language})`, text(then?.[language]), text(now?.[language]));
    }
  };
}

/** One change per year, so that "Target 2030: 40 % → 45 %" reads on its own. */
function compareTargets(before: IndicatorDefinition, after: IndicatorDefinition, changes: Changes) {
  const [listBefore, listAfter] = [before.targets ?? [], after.targets ?? []];
  if (listBefore.length === listAfter.length && listBefore.every((target, index) => sameTarget(target, listAfter[index]))) return;
  const [targetsBefore, targetsAfter] = [targetsByYear(before), targetsByYear(after)];
  const years = [...new Set([...targetsBefore.keys(), ...targetsAfter.keys()])].sort((x, y) => x - y);
  for (const year of years) {
    const [then, now] = [targetsBefore.get(year), targetsAfter.get(year)];
    if (sameTarget(then, now)) continue;
    changes.push({ field: `targets.${year}`, label: `Target ${year}`, before: showTarget(then, before), after: showTarget(now, after) });
  }
}

function compareBaseline(before: IndicatorDefinition, after: IndicatorDefinition, changes: Changes) {
  const [then, now] = [before.baseline, after.baseline];
  if (then === now || (then && now && then.year === now.year && then.value === now.value)) return;
  changes.push({ field: "baseline", label: "Baseline", before: baseline(before), after: baseline(after) });
}

function compareLevels(before: IndicatorDefinition, after: IndicatorDefinition, changes: Changes) {
  const [listBefore, listAfter] = [before.levels ?? [], after.levels ?? []];
  if (listBefore.length === listAfter.length && listBefore.every((level, index) => sameLevel(level, listAfter[index]))) return;
  changes.push({ field: "levels", label: "Levels", before: levels(before), after: levels(after) });
}

const mgiDomain = (indicator: IndicatorDefinition) => {
  const domain = indicator.mappings?.mgiDomain;
  return domain === undefined ? null : `${domain} ${MGI_DOMAIN_NAMES[domain] ?? ""}`.trim();
};

/**
 * Every field of `indicatorDefinitionSchema`, in the order people read a definition. The
 * Record type makes a field added to the schema fail the type check until it is compared here.
 */
const COMPARERS: Record<keyof IndicatorDefinition, Compare> = {
  code: (b, a, c) => push(c, "code", "Code", text(b.code), text(a.code)),
  name: (b, a, c) => push(c, "name", "Name", text(b.name), text(a.name)),
  nameTranslations: compareTranslations("nameTranslations", "Name"),
  definition: (b, a, c) => push(c, "definition", "Definition", text(b.definition), text(a.definition)),
  definitionTranslations: compareTranslations("definitionTranslations", "Definition"),
  valueType: (b, a, c) => push(c, "valueType", "Type", VALUE_TYPE_LABELS[b.valueType], VALUE_TYPE_LABELS[a.valueType]),
  unit: (b, a, c) => push(c, "unit", "Unit", text(b.unit), text(a.unit)),
  unitTranslations: compareTranslations("unitTranslations", "Unit"),
  direction: (b, a, c) =>
    push(
      c,
      "direction",
      "Direction",
      b.direction ? DIRECTION_LABELS[b.direction] : null,
      a.direction ? DIRECTION_LABELS[a.direction] : null,
    ),
  lowerLimit: (b, a, c) => pushNumber(c, "lowerLimit", "Lower limit", b.lowerLimit, a.lowerLimit),
  upperLimit: (b, a, c) => pushNumber(c, "upperLimit", "Upper limit", b.upperLimit, a.upperLimit),
  decimals: (b, a, c) => pushNumber(c, "decimals", "Decimals", b.decimals, a.decimals),
  breakdownsMustSum: (b, a, c) =>
    push(c, "breakdownsMustSum", "Breakdowns must add up", b.breakdownsMustSum ? "Yes" : "No", a.breakdownsMustSum ? "Yes" : "No"),
  baseline: compareBaseline,
  targets: compareTargets,
  levels: compareLevels,
  leadInstitution: (b, a, c) => push(c, "leadInstitution", "Lead institution", text(b.leadInstitution), text(a.leadInstitution)),
  contributors: (b, a, c) => pushSet(c, "contributors", "Contributing institutions", b.contributors, a.contributors),
  dataSource: (b, a, c) => push(c, "dataSource", "Data source", text(b.dataSource), text(a.dataSource)),
  dataSourceTranslations: compareTranslations("dataSourceTranslations", "Data source"),
  verification: (b, a, c) => push(c, "verification", "Means of verification", text(b.verification), text(a.verification)),
  verificationTranslations: compareTranslations("verificationTranslations", "Means of verification"),
  dimensions: (b, a, c) => pushSet(c, "dimensions", "Disaggregations", b.dimensions, a.dimensions),
  mappings: (b, a, c) => {
    if (b.mappings?.mgiDomain !== a.mappings?.mgiDomain) push(c, "mappings.mgiDomain", "MGI domain", mgiDomain(b), mgiDomain(a));
    pushSet(c, "mappings.sdgTargets", "SDG targets", b.mappings?.sdgTargets, a.mappings?.sdgTargets);
    pushSet(c, "mappings.gcmObjectives", "GCM objectives", b.mappings?.gcmObjectives, a.mappings?.gcmObjectives);
  },
};

/** The indicator fields this comparison covers: every key of the definition schema. */
export const COMPARED_INDICATOR_FIELDS = Object.keys(COMPARERS) as (keyof IndicatorDefinition)[];

/** Field-by-field changes between two definitions of the same indicator (area and position aside). */
export function compareIndicatorFields(before: IndicatorDefinition, after: IndicatorDefinition): Changes {
  const changes: Changes = [];
  for (const key of COMPARED_INDICATOR_FIELDS) COMPARERS[key](before, after, changes);
  return changes;
}
