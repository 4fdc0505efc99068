import type { IndicatorDefinition } from "@/lib/frameworks/schemas";
import { buildFrameworkDefinition, buildIndicator, createTestFramework, createTestMember, openTestCycle } from "../../fixtures/factories";
import { demoWorkspaceId } from "./test-data";

/**
 * A small framework of the test's own, led by MLSP, with its 2025 cycle open, so that what a
 * test types never meets another test's values. By default two indicators: a number and a yes/no.
 */
export async function ownCycle(
  indicators: IndicatorDefinition[] = [
    buildIndicator("A1.1", "NUMBER", { name: "Returnees counselled on job opportunities", unit: "persons" }),
    buildIndicator("A1.2", "YES_NO", { name: "Reintegration guidelines published" }),
  ],
) {
  const workspaceId = await demoWorkspaceId();
  const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 0 });
  definition.areas[0]!.indicators = indicators;
  const framework = await createTestFramework(workspaceId, definition);
  await openTestCycle(await createTestMember(workspaceId, "SECRETARIAT"), framework.code, 2025);
  return { workspaceId, code: framework.code };
}
