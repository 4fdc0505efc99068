import type { AreaDefinition, FrameworkDefinition, IndicatorDefinition } from "@/lib/frameworks/schemas";
import type { CodeMapping } from "./code-mapping";

/**
 * Two versions of an invented matrix of any size, for benchmarks and tests of the diff (and
 * of anything else that needs a large valid matrix): six areas of four sub-areas each, every
 * value type, and a revision that changes what real revisions change. Deterministic.
 */

const INSTITUTIONS = ["MFA", "MLSP", "MIA", "NBS", "DRB", "MH", "ME"] as const;
const LEVELS = [
  { code: "none", label: "Not in place", score: 0 },
  { code: "partial", label: "Partially in place", score: 0.5 },
  { code: "full", label: "Fully in place", score: 1 },
];

const code = (index: number) => `I-${String(index + 1).padStart(4, "0")}`;

function syntheticIndicator(index: number): IndicatorDefinition {
  const kind = index % 5;
  const common = {
    code: code(index),
    name: `Synthetic indicator ${index + 1} on migration governance`,
    nameTranslations: { ro: `Indicatorul sintetic ${index + 1}` },
    definition: `How indicator ${index + 1} is measured: counted at 31 December of the reporting year by the lead institution.`,
    leadInstitution: INSTITUTIONS[index % INSTITUTIONS.length],
    contributors: [INSTITUTIONS[(index + 2) % INSTITUTIONS.length]!],
    dataSource: "Administrative records",
    verification: "Annual report of the lead institution",
    mappings: { mgiDomain: (index % 6) + 1, sdgTargets: ["10.7"], gcmObjectives: [(index % 23) + 1] },
  };
  if (kind === 0 || kind === 1) {
    const percentage = kind === 1;
    return {
      ...common,
      valueType: percentage ? "PERCENTAGE" : "NUMBER",
      unit: percentage ? "%" : "persons",
      direction: "INCREASE",
      lowerLimit: 0,
      decimals: percentage ? 1 : 0,
      baseline: { year: 2020, value: 10 + (index % 40) },
      targets: [2024, 2026, 2028, 2030].map((year, step) => ({ year, value: 20 + (index % 40) + step * 5, isFinal: year === 2030 })),
      dimensions: ["SEX", "AGE"],
    };
  }
  if (kind === 2)
    return {
      ...common,
      valueType: "YES_NO",
      baseline: { year: 2020, value: "no" },
      targets: [{ year: 2030, value: "yes", isFinal: true }],
    };
  if (kind === 3) {
    return {
      ...common,
      valueType: "LEVELS",
      levels: LEVELS,
      baseline: { year: 2020, value: "none" },
      targets: [{ year: 2030, value: "full" }],
    };
  }
  return { ...common, valueType: "TEXT" };
}

function syntheticMatrix(indicators: IndicatorDefinition[], label: string, number: number): FrameworkDefinition {
  const leaves: AreaDefinition[] = [];
  const areas: AreaDefinition[] = Array.from({ length: 6 }, (_, top) => ({
    code: `D${top + 1}`,
    name: `Domain ${top + 1}`,
    areas: Array.from({ length: 4 }, (_, sub) => {
      const leaf: AreaDefinition = { code: `D${top + 1}.${sub + 1}`, name: `Sub-area ${top + 1}.${sub + 1}`, indicators: [] };
      leaves.push(leaf);
      return leaf;
    }),
  }));
  const perLeaf = Math.ceil(indicators.length / leaves.length);
  indicators.forEach((indicator, index) => leaves[Math.floor(index / perLeaf)]!.indicators!.push(indicator));
  return {
    code: "SYN",
    name: "Synthetic matrix",
    baseYear: 2020,
    version: { number, label, status: number === 1 ? "APPROVED" : "DRAFT" },
    areas,
  };
}

/** A matrix of `indicatorCount` indicators (at least 100, so that every kind of change fits). */
export function buildSyntheticMatrix(indicatorCount: number): FrameworkDefinition {
  return syntheticMatrix(
    Array.from({ length: Math.max(100, indicatorCount) }, (_, index) => syntheticIndicator(index)),
    "Synthetic 2020",
    1,
  );
}

/**
 * The matrix and a revision of it: about one indicator in six changed (targets, names, lead
 * institutions, types), a few moved, reordered, removed and added, and through the code
 * mapping five renamed, two split, two merged and two retired; one area renamed.
 */
export function buildSyntheticVersionPair(indicatorCount: number): {
  before: FrameworkDefinition;
  after: FrameworkDefinition;
  codeMapping: CodeMapping;
} {
  const before = buildSyntheticMatrix(indicatorCount);
  const after = structuredClone(before);
  after.version = { number: 2, label: "Synthetic revision", status: "DRAFT" };
  const leaves = after.areas.flatMap((area) => area.areas ?? []);
  const all = leaves.flatMap((leaf) => leaf.indicators ?? []);
  const n = all.length;
  const codeMapping: CodeMapping = [];

  all.forEach((indicator, index) => {
    if (index % 10 === 0 && indicator.targets?.[0] && typeof indicator.targets[0].value === "number") indicator.targets[0].value += 1;
    if (index % 17 === 1) indicator.name = `${indicator.name} (revised)`;
    if (index % 23 === 2) indicator.leadInstitution = "NBS";
  });
  // Renamed ones sit in the first half, the removed and remapped ones in the last 40.
  for (let k = 0; k < 5; k += 1) {
    const renamed = all[Math.floor((n * (k + 1)) / 12)]!;
    codeMapping.push({ kind: "renamed", from: renamed.code, to: `${renamed.code}-R` });
    renamed.code = `${renamed.code}-R`;
  }
  const [split1, split2, merge1, merge2, merge3, merge4, retire1, retire2, remove1, remove2] = [3, 8, 13, 14, 18, 19, 24, 29, 33, 38].map(
    (offset) => all[n - offset]!.code,
  );
  const drop = new Set([split1, split2, merge1, merge2, merge3, merge4, retire1, retire2, remove1, remove2]);
  for (const leaf of leaves) leaf.indicators = leaf.indicators!.filter((indicator) => !drop.has(indicator.code));
  const lastLeaf = leaves.at(-1)!;
  const template = syntheticIndicator(0);
  const newIndicator = (newCode: string, name: string): IndicatorDefinition => ({ ...template, code: newCode, name });
  for (const from of [split1!, split2!]) {
    codeMapping.push({ kind: "split", from, to: [`${from}-A`, `${from}-B`] });
    lastLeaf.indicators!.push(newIndicator(`${from}-A`, `First part of ${from}`), newIndicator(`${from}-B`, `Second part of ${from}`));
  }
  codeMapping.push(
    { kind: "merged", from: [merge1!, merge2!], to: `${merge1}-M` },
    { kind: "merged", from: [merge3!, merge4!], to: `${merge3}-M` },
  );
  lastLeaf.indicators!.push(newIndicator(`${merge1}-M`, "Merged indicator"), newIndicator(`${merge3}-M`, "Merged indicator"));
  codeMapping.push({ kind: "retired", from: retire1! }, { kind: "retired", from: retire2!, note: "No longer collected" });
  lastLeaf.indicators!.push(newIndicator("NEW-1", "A new indicator"), newIndicator("NEW-2", "Another new indicator"));

  // Moves between areas and within one.
  const [first, second] = [leaves[0]!, leaves[1]!];
  second.indicators!.unshift(...first.indicators!.splice(0, 3));
  const third = leaves[2]!;
  third.indicators!.push(third.indicators!.shift()!);
  after.areas[0]!.name = "Domain 1, renamed";
  return { before, after, codeMapping };
}
