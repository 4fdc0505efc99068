/**
 * Bounded queries (docs/decisions/004): the entry form and completeness load in the same
 * number of SQL statements for 5 and for 65 indicators, and a save of a whole 65-indicator
 * form is one transaction.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { countQueries, db, onQuery } from "@/lib/db";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { buildFrameworkDefinition, createTestCycle, createTestMember, createTestValues, createTestWorkspace } from "../fixtures/factories";

/** A valid value of each type, as a person types it and as it is stored. */
const TYPED: Record<ValueType, { input: string | number; stored: { number?: number; levelCode?: string; text?: string } }> = {
  NUMBER: { input: 150, stored: { number: 150 } },
  PERCENTAGE: { input: 55.5, stored: { number: 55.5 } },
  YES_NO: { input: "yes", stored: { levelCode: "yes" } },
  LEVELS: { input: "advanced", stored: { levelCode: "advanced" } },
  TEXT: { input: "Work in progress", stored: { text: "Work in progress" } },
};

let workspaceId: string;
let secretariat: AccessContext;
let focal: AccessContext;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  focal = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
});

/** A nested framework with an open 2025 cycle; every other indicator has a 2025 value, and every indicator a 2024 value. */
async function cycleOfSize(areas: number, indicatorsPerArea: number) {
  const definition = buildFrameworkDefinition({ areas, indicatorsPerArea, nested: true });
  const cycle = await createTestCycle(workspaceId, secretariat, { definition });
  const indicators = definition.areas.flatMap((area) => area.areas!.flatMap((sub) => sub.indicators!));
  await createTestValues(
    indicators.flatMap((indicator, index) => {
      const indicatorId = cycle.framework.indicatorIds.get(indicator.code)!;
      const stored = TYPED[indicator.valueType].stored;
      const lastYear = { indicatorId, year: 2024, ...stored, status: "APPROVED" as const };
      return index % 2 === 0 ? [lastYear, { indicatorId, year: 2025, ...stored, status: "DRAFT" as const }] : [lastYear];
    }),
  );
  return { ...cycle, indicators };
}

describe("query counts do not grow with the size of the framework", () => {
  let small: Awaited<ReturnType<typeof cycleOfSize>>;
  let large: Awaited<ReturnType<typeof cycleOfSize>>;

  beforeAll(async () => {
    small = await cycleOfSize(1, 5);
    large = await cycleOfSize(5, 13);
  });

  it("getEntryForm: the same number of statements for 5 and 65 indicators", async () => {
    const smallRun = await countQueries(() => getEntryForm(focal, small.target));
    const largeRun = await countQueries(() => getEntryForm(focal, large.target));
    const indicatorCount = (form: typeof smallRun.result) => form.areas.flatMap((area) => area.indicators).length;
    expect(indicatorCount(smallRun.result)).toBe(5);
    expect(indicatorCount(largeRun.result)).toBe(65);
    expect(largeRun.result.counts).toEqual({ rows: 65, filled: 33, editable: 65 });
    expect(largeRun.result.areas.flatMap((area) => area.indicators).every((indicator) => indicator.rows[0]!.lastYear !== null)).toBe(true);
    expect(largeRun.queries).toBe(smallRun.queries);
    expect(largeRun.queries).toBeLessThanOrEqual(15);
  });

  it("getCycleCompleteness: the same number of statements for 5 and 65 indicators, for the secretariat and for a focal point", async () => {
    for (const access of [secretariat, focal]) {
      const smallRun = await countQueries(() => getCycleCompleteness(access, small.target));
      const largeRun = await countQueries(() => getCycleCompleteness(access, large.target));
      expect(smallRun.result.totals).toMatchObject({ assigned: 5, entered: 3 });
      expect(largeRun.result.totals).toMatchObject({ assigned: 65, entered: 33 });
      expect(largeRun.result.areas).toHaveLength(5);
      expect(largeRun.queries).toBe(smallRun.queries);
      expect(largeRun.queries).toBeLessThanOrEqual(15);
    }
  });
});

describe("a save of a whole form is one transaction", () => {
  it("saves 65 values (created and updated) with exactly one BEGIN, and one audit event per value", async () => {
    const { target, indicators, framework } = await cycleOfSize(5, 13);
    const rows = indicators.map((indicator) => ({
      indicator: indicator.code,
      value: TYPED[indicator.valueType].input,
      comment: "Entered in bulk",
    }));
    expect(rows).toHaveLength(65);

    const statements: string[] = [];
    const stop = onQuery(({ sql }) => statements.push(sql.trim()));
    let result: Awaited<ReturnType<typeof saveCycleValues>>;
    try {
      result = await saveCycleValues(focal, target, rows);
    } finally {
      stop();
    }
    expect(statements.filter((sql) => /^BEGIN\b/i.test(sql))).toEqual(["BEGIN"]);
    expect(statements.filter((sql) => /^COMMIT\b/i.test(sql))).toHaveLength(1);
    // 33 indicators had a 2025 draft (updated: the comment is new), 32 had none (created).
    expect(result).toMatchObject({ dryRun: false, created: 32, updated: 33, deleted: 0, unchanged: 0 });
    expect(result.values).toHaveLength(65);
    const values = await db.indicatorValue.findMany({ where: { year: 2025, indicator: { versionId: framework.versionId } } });
    expect(values).toHaveLength(65);
    expect(values.every((value) => value.comment === "Entered in bulk" && value.status === "DRAFT")).toBe(true);
    expect(
      await db.auditEvent.count({
        where: {
          actorId: focal.user.id,
          action: { in: ["value.created", "value.updated"] },
          entityId: { in: values.map((value) => value.id) },
        },
      }),
    ).toBe(65);
  });

  it("a dry run of the same form starts no transaction at all", async () => {
    const { target, indicators } = await cycleOfSize(5, 13);
    const rows = indicators.map((indicator) => ({ indicator: indicator.code, value: TYPED[indicator.valueType].input }));
    const statements: string[] = [];
    const stop = onQuery(({ sql }) => statements.push(sql.trim()));
    try {
      expect(await saveCycleValues(focal, target, rows, { dryRun: true })).toMatchObject({ dryRun: true, created: 32, unchanged: 33 });
    } finally {
      stop();
    }
    expect(statements.filter((sql) => /^(BEGIN|INSERT|UPDATE|DELETE)\b/i.test(sql))).toEqual([]);
  });
});
