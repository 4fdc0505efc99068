/**
 * A series continues across framework versions: values belong to the indicator's identity,
 * a renamed indicator keeps its past values, and each year is judged by the definition in
 * force that year (a new version's target does not rewrite the past).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { db } from "@/lib/db";
import { getIndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { writeVersionContent } from "@/lib/frameworks/write-version-content";
import type { Role } from "@/lib/generated/prisma/enums";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import { loadReport } from "@/lib/reports/load-report";
import { renderReportDocx } from "@/lib/reports/render-report-docx";
import { renderReportPdf } from "@/lib/reports/render-report-pdf";
import { strFromU8, unzipSync } from "fflate";
import {
  buildIndicator,
  createTestFramework,
  createTestMembers,
  createTestValues,
  createTestWorkspace,
  uniqueCode,
} from "../fixtures/factories";
import { readPdf } from "../fixtures/export-files";

let viewer: AccessContext;
let code: string;
let frameworkId: string;

/** Version 1 and 2 differ in A1.1's code and target, and in A1.2's direction (a change the annex words in the report's language). */
const definitionWith = (
  indicatorCode: string,
  target: number,
  status: "APPROVED" | "DRAFT",
  direction: "INCREASE" | "DECREASE" = "INCREASE",
): FrameworkDefinition => ({
  code,
  name: "Versioned matrix",
  version: { number: 1, label: "2018", status, approvedAt: "2018-05-10" },
  areas: [
    {
      code: "A1",
      name: "Area 1",
      indicators: [
        buildIndicator(indicatorCode, "NUMBER", {
          baseline: { year: 2016, value: 100 },
          targets: [{ year: 2025, value: target, isFinal: true }],
        }),
        buildIndicator("A1.2", "NUMBER", { direction }),
      ],
    },
  ],
});

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  viewer = (await createTestMembers(workspaceId)).VIEWER as AccessContext & { role?: Role };
  code = uniqueCode("VER");
  // Version 1 (approved 2018): indicator A1.1, target 150 in 2025.
  const v1 = await createTestFramework(workspaceId, definitionWith("A1.1", 150, "APPROVED"));
  frameworkId = v1.frameworkId;
  await createTestValues([
    { indicatorId: v1.indicatorIds.get("A1.1")!, year: 2016, number: 100 },
    { indicatorId: v1.indicatorIds.get("A1.1")!, year: 2019, number: 160 },
  ]);
  // Version 2 (approved 2021): the same indicator renamed A1.1-R, with a far higher target.
  await runMutation(systemActor("test"), async (tx, audit) => {
    const v2 = await tx.frameworkVersion.create({
      data: {
        frameworkId,
        number: 2,
        label: "2021",
        status: "APPROVED",
        approvedAt: new Date("2021-03-01T00:00:00Z"),
        basedOnId: v1.versionId,
      },
    });
    await tx.frameworkVersion.update({
      where: { id: v1.versionId },
      data: { status: "SUPERSEDED", supersededAt: new Date("2021-03-01T00:00:00Z") },
    });
    await writeVersionContent(tx, {
      workspaceId,
      frameworkId,
      versionId: v2.id,
      areas: definitionWith("A1.1-R", 1000, "APPROVED", "DECREASE").areas,
      identityIdsByCode: new Map([["A1.1-R", v1.identityIds.get("A1.1")!]]),
    });
    await audit({
      workspaceId,
      action: "framework-version.approved",
      entityType: "FrameworkVersion",
      entityId: v2.id,
    });
  });
  const v2Indicator = await db.indicator.findFirstOrThrow({ where: { code: "A1.1-R", version: { frameworkId, number: 2 } } });
  await createTestValues([{ indicatorId: v2Indicator.id, year: 2022, number: 170 }]);
});

describe("a series across two versions", () => {
  it("lists every value under the indicator's current code", async () => {
    const rows = await listFrameworkValues(viewer, frameworkId);
    expect(rows.map((row) => [row.indicatorCode, row.year, row.number])).toEqual([
      ["A1.1-R", 2016, 100],
      ["A1.1-R", 2019, 160],
      ["A1.1-R", 2022, 170],
    ]);
  });

  it("shows the renamed indicator's whole history on its page", async () => {
    const detail = await getIndicatorDetail(viewer, code, "A1.1-R");
    expect(detail.values.map((value) => value.year)).toEqual([2016, 2019, 2022]);
  });

  it("judges each year by the definition in force that year", async () => {
    const progress = await getFrameworkProgress(viewer, code);
    const row = progress.indicators.find((entry) => entry.indicator.code === "A1.1-R")!;
    // 2019: 160 against version 1's target of 150. 2022: 170 against version 2's target of 1000.
    expect(row.statuses[2019]).toBe("target_achieved");
    expect(row.statuses[2022]).not.toBe("target_achieved");
    expect(row.achievement[2019]).toBe(1);
    expect(row.achievement[2022]).toBeLessThan(0.2);
  });
});

describe("the working-group report of a version that replaced another", () => {
  it("carries an annex of what changed in the matrix, in the Word document", async () => {
    const model = await loadReport(viewer, code, { year: 2022, includeProvisional: false });
    expect(model.matrixChanges?.summary.join(" ")).toContain("2018");
    const document = strFromU8(unzipSync(await renderReportDocx(model))["word/document.xml"]!);
    const text = document.replace(/<[^>]+>/g, "");
    expect(text).toContain("Annex: ");
    expect(text).toContain("A1.1-R");
    expect(text).toMatch(/Targets?.{0,80}1[ ,]?000/);
  });

  it("writes that annex in the report's language", async () => {
    const model = await loadReport(viewer, code, { year: 2022, includeProvisional: false }, "ro");
    expect(model.matrixChanges?.title).toMatch(/^Modificările de la versiunea 1 la versiunea 2 a cadrului /);
    const document = strFromU8(unzipSync(await renderReportDocx(model))["word/document.xml"]!);
    const text = document.replace(/<[^>]+>/g, "");
    expect(text).toContain("Anexă: Modificările de la versiunea 1");
    expect(text).toContain("Această anexă compară");
    expect(text).not.toContain("Annex: ");
  });

  it("prints the same annex in the PDF, in the report's language", async () => {
    const model = await loadReport(viewer, code, { year: 2022, includeProvisional: false }, "ru");
    const { pages, outline } = await readPdf(await renderReportPdf(model));
    const annexPage = pages.findIndex((text) => text.includes("Приложение: Изменения"));
    expect(annexPage).toBeGreaterThan(0);
    // After the numbered sections, as in Word, and in the PDF's outline.
    expect(annexPage).toBe(pages.length - 1);
    expect(outline.map((entry) => entry.title)).toContainEqual(expect.stringMatching(/^Приложение: Изменения/));
    const annex = pages.slice(annexPage).join(" ");
    // The renamed indicator without a code mapping: one added and one removed, worded in Russian.
    expect(annex).toContain("Добавлено: A1.1-R");
    expect(annex).toMatch(/Направление\s+Рост\s+Снижение/);
    expect(annex).not.toContain("Annex: ");
  });
});
