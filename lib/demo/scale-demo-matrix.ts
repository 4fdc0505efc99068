import type { AreaDefinition, FrameworkDefinition } from "@/lib/frameworks/schemas";
import { DEMO_MATRIX } from "./demo-matrix";
import { isQuantitative } from "@/lib/indicators/value-types";
import { flattenIndicators } from "./generate-demo-values";

/**
 * A national-scale framework made of the demo matrix's indicators repeated: `indicatorCount`
 * indicators in twelve areas, with the demo's value types, targets, breakdowns and
 * institutions, so that seeding it (generateDemoValues) gives data as varied as the demo's.
 * For benchmarks and the tests that compare a page's work at 65 and at 500 indicators. Pure.
 */
export function scaleDemoMatrix(indicatorCount: number, code = "NAT"): FrameworkDefinition {
  const demo = flattenIndicators(DEMO_MATRIX.areas);
  const demoAreas = DEMO_MATRIX.areas;
  const areaCount = 12;
  const perArea = Math.ceil(indicatorCount / areaCount);
  const areas: AreaDefinition[] = Array.from({ length: areaCount }, (_, index) => {
    const like = demoAreas[index % demoAreas.length]!;
    return {
      code: `N${index + 1}`,
      name: `${like.name} (${index < demoAreas.length ? "central" : "local"} level)`,
      description: like.description,
      indicators: [],
    };
  });
  for (let index = 0; index < indicatorCount; index += 1) {
    const area = areas[Math.floor(index / perArea)]!;
    const template = demo[index % demo.length]!;
    const number = String(area.indicators!.length + 1).padStart(3, "0");
    area.indicators!.push({ ...structuredClone(template), code: `${area.code}.${number}`, name: `${template.name} (${area.code})` });
  }
  return {
    ...structuredClone(DEMO_MATRIX),
    code,
    name: `National framework of ${indicatorCount} indicators`,
    version: { number: 1, label: "2020", status: "APPROVED", approvedAt: "2020-06-15" },
    areas: areas.filter((area) => area.indicators!.length > 0),
  };
}

/**
 * The same framework with every quantitative indicator broken down by sex, counts also by age
 * group: three to six rows a year instead of one, for national-scale volumes of values
 * (`npm run bench:scale`) and for tests whose reads must not split as rows grow. Pure.
 */
export function breakDownQuantitative(definition: FrameworkDefinition): FrameworkDefinition {
  const copy = structuredClone(definition);
  for (const indicator of flattenIndicators(copy.areas)) {
    if (isQuantitative(indicator.valueType)) indicator.dimensions = indicator.valueType === "PERCENTAGE" ? ["SEX"] : ["SEX", "AGE_GROUP"];
  }
  return copy;
}
