/**
 * The entry and review pages in the reader's language (issue 13, item 2): values, last year's
 * values and targets are formatted as the language writes numbers, and the entry form's input
 * holds the number with the language's decimal mark, so that saving it again reads it back
 * unchanged instead of refusing it as ambiguous.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  type MonitoringMembers,
} from "../fixtures/factories";
import { withoutAuditGuard } from "../setup/audit-guard";

let members: MonitoringMembers;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
});

const rowOf = (form: Awaited<ReturnType<typeof getEntryForm>>, code: string) =>
  form.areas.flatMap((area) => area.indicators).find((indicator) => indicator.code === code)!;

describe("the entry form in the reader's language", () => {
  it("shows values and targets as Romanian writes them and puts the number in the input with a decimal comma", async () => {
    const { target, framework } = await createTestCycle(workspaceId, members.secretariat, { year: 2025 });
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 12345, version: null },
      { indicator: "A1.2", value: 12.345, version: null },
    ]);

    const english = await getEntryForm(members.mlsp, target);
    expect(rowOf(english, "A1.1").rows[0]!.current).toMatchObject({ input: "12345", display: "12,345 persons" });
    expect(rowOf(english, "A1.2").rows[0]!.current).toMatchObject({ input: "12.345", display: "12.35 %" });
    expect(rowOf(english, "A1.1").target).toEqual({ display: "200 persons", year: 2025 });

    const romanian = await getEntryForm(members.mlsp, target, "ro");
    expect(rowOf(romanian, "A1.1").rows[0]!.current).toMatchObject({ input: "12345", display: "12.345 persons" });
    const percentage = rowOf(romanian, "A1.2").rows[0]!.current!;
    expect(percentage).toMatchObject({ input: "12,345", display: "12,35 %" });

    // The input, sent back as it stands by a Romanian reader, is the same number ("12.345" would be refused as ambiguous).
    await saveCycleValues(
      members.mlsp,
      target,
      [{ indicator: "A1.2", value: percentage.input, version: percentage.version, comment: "Checked" }],
      {
        locale: "ro",
      },
    );
    expect(await findTestValue(framework, "A1.2")).toMatchObject({ number: 12.345, comment: "Checked" });
  });

  it("shows the review queue's values and targets in the reader's language", async () => {
    const { target } = await createTestCycle(workspaceId, members.secretariat, { year: 2026 });
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 1234, version: null }]);
    await submitCycleValues(members.mlsp, target);

    const [french] = (await listReviewQueue(members.secretariat, target, "fr")).institutions.flatMap((group) => group.items);
    expect(french!.display).toBe("1\u202F234 persons");
    expect(french!.target).toEqual({ display: "200 persons", year: 2025 });
    const [english] = (await listReviewQueue(members.secretariat, target)).institutions.flatMap((group) => group.items);
    expect(english!.display).toBe("1,234 persons");
  });
});

describe("the entry form's matrix texts in the reader's language (decision 042)", () => {
  it("shows the unit, level labels and breakdown names translated, and the main texts to English readers", async () => {
    const { target, cycle } = await createTestCycle(workspaceId, members.secretariat, { year: 2026 });
    const english = await getEntryForm(members.mlsp, target);
    const indicators = english.areas.flatMap((area) => area.indicators);
    const levelled = indicators.find((indicator) => indicator.valueType === "LEVELS")!;
    const broken = indicators.find((indicator) => indicator.rows.length > 1)!;
    const indicatorOf = (code: string) =>
      db.indicator.findUniqueOrThrow({ where: { versionId_code: { versionId: cycle.versionId, code } } });
    await withoutAuditGuard(async () => {
      await db.indicator.update({ where: { id: (await indicatorOf("A1.1")).id }, data: { unitTranslations: { ro: "persoane" } } });
      await db.indicatorLevel.updateMany({
        where: { indicatorId: (await indicatorOf(levelled.code)).id, code: levelled.levels[0]!.code },
        data: { labelTranslations: { ro: "Neînceput" } },
      });
      await db.dimensionMember.updateMany({
        where: { dimension: { workspaceId, code: "SEX" }, code: "F" },
        data: { nameTranslations: { ro: "Femei" } },
      });
    });

    const romanian = await getEntryForm(members.mlsp, target, "ro");
    const romanianOf = (code: string) => romanian.areas.flatMap((area) => area.indicators).find((indicator) => indicator.code === code)!;
    expect(romanianOf("A1.1").unit).toBe("persoane");
    expect(romanianOf("A1.1").target?.display).toMatch(/persoane$/);
    expect(romanianOf(levelled.code).levels[0]!.label).toBe("Neînceput");
    expect(
      romanianOf(broken.code)
        .rows.map((row) => row.label)
        .join(" "),
    ).toMatch(/Femei/);

    const englishAgain = await getEntryForm(members.mlsp, target);
    const englishOf = (code: string) => englishAgain.areas.flatMap((area) => area.indicators).find((indicator) => indicator.code === code)!;
    expect(englishOf("A1.1").unit).toBe("persons");
    expect(englishOf(levelled.code).levels[0]!.label).toBe(levelled.levels[0]!.label);
    expect(
      englishOf(broken.code)
        .rows.map((row) => row.label)
        .join(" "),
    ).not.toMatch(/Femei/);
  });
});

describe("the review queue's matrix texts in the reader's language (decision 042)", () => {
  it("shows units, level labels and breakdown names translated, and the main texts where none is written", async () => {
    const { target, cycle } = await createTestCycle(workspaceId, members.secretariat, { year: 2027 });
    const indicatorOf = (code: string) =>
      db.indicator.findUniqueOrThrow({ where: { versionId_code: { versionId: cycle.versionId, code } } });
    await withoutAuditGuard(async () => {
      await db.indicator.update({ where: { id: (await indicatorOf("A1.1")).id }, data: { unitTranslations: { ro: "persoane" } } });
      await db.indicatorLevel.updateMany({
        where: { indicatorId: (await indicatorOf("A1.4")).id, code: "advanced" },
        data: { labelTranslations: { ro: "Avansat" } },
      });
      await db.dimensionMember.updateMany({
        where: { dimension: { workspaceId, code: "SEX" }, code: "F" },
        data: { nameTranslations: { ro: "Femei" } },
      });
      // The standard dimensions come with Romanian names: this workspace's men have none written.
      await db.dimensionMember.updateMany({
        where: { dimension: { workspaceId, code: "SEX" }, code: "M" },
        data: { nameTranslations: {} },
      });
    });
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 1234, version: null },
      { indicator: "A1.4", value: "advanced", version: null },
      { indicator: "A1.6", value: 10, version: null },
      { indicator: "A1.6", disaggregation: { SEX: "F" }, value: 4, version: null },
      { indicator: "A1.6", disaggregation: { SEX: "M" }, value: 6, version: null },
    ]);
    await submitCycleValues(members.mlsp, target);

    const items = (await listReviewQueue(members.secretariat, target, "ro")).institutions.flatMap((group) => group.items);
    const item = (code: string, disaggregation = "") =>
      items.find((candidate) => candidate.indicator === code && candidate.disaggregation === disaggregation)!;
    expect(item("A1.1").display).toBe("1.234 persoane");
    expect(item("A1.1").target).toEqual({ display: "200 persoane", year: 2025 });
    expect(item("A1.4").display).toBe("Avansat");
    expect(item("A1.6", "SEX=F").label).toBe("Femei");
    // No Romanian written for men nor for A1.6's unit: the main texts, as the page marks nothing inside a value.
    expect(item("A1.6", "SEX=M").label).toBe("Male");
    expect(item("A1.6", "SEX=M").display).toBe("6 persons");

    const english = (await listReviewQueue(members.secretariat, target)).institutions.flatMap((group) => group.items);
    expect(english.find((candidate) => candidate.indicator === "A1.1")!.display).toBe("1,234 persons");
    expect(english.find((candidate) => candidate.disaggregation === "SEX=F")!.label).toBe("Female");
  });
});
