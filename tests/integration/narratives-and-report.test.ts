/**
 * Narratives of a cycle (decision 034): written by whom the rules allow, saved against the
 * version the writer read, refused without a change otherwise; and the working-group report
 * (PDF and Word) carrying them with the evidence annex.
 */
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addEvidenceFiles } from "@/lib/evidence/add-evidence-files";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { listCycleNarratives } from "@/lib/narratives/list-cycle-narratives";
import { NARRATIVE_MAX_LENGTH } from "@/lib/narratives/narrative-limits";
import { saveNarrative } from "@/lib/narratives/save-narrative";
import { loadReport } from "@/lib/reports/load-report";
import { renderReportDocx } from "@/lib/reports/render-report-docx";
import { renderReportPdf } from "@/lib/reports/render-report-pdf";
import { PDF_BYTES } from "../fixtures/evidence-files";
import {
  catchAppError,
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  snapshotDatabaseWithValues,
  type MonitoringMembers,
} from "../fixtures/factories";

let members: MonitoringMembers;
let target: { frameworkCode: string; year: number };

async function snapshot() {
  const base = await snapshotDatabaseWithValues();
  base.rows.narrative = JSON.stringify(await db.narrative.findMany({ orderBy: { id: "asc" } }));
  return base;
}

const SUMMARY =
  "The **2025** round covered most indicators.\n\n- labour: complete\n- foreign affairs: late\n\nSee [the plan](https://gov.example/plan).";
const ANALYSIS = "Labour indicators improved; *two* remain open.";
const EXPLANATION = "The count comes from the 2025 labour force survey <script>alert(1)</script>.";

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  const cycle = await createTestCycle(workspaceId, members.secretariat);
  target = cycle.target;
  await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 1250 }]);
  const value = await findTestValue(cycle.framework, "A1.1");
  await addEvidenceFiles(members.mlsp, value!.id, [{ fileName: "Ancheta forței de muncă.pdf", bytes: PDF_BYTES }]);
  await submitCycleValues(members.mlsp, target);
});

describe("saving narratives", () => {
  it("saves the summary, an area's analysis and an indicator's explanation, each with an audit event", async () => {
    expect(await saveNarrative(members.secretariat, { ...target, kind: "SUMMARY", body: SUMMARY, version: 0 })).toEqual({ version: 1 });
    expect(await saveNarrative(members.secretariat, { ...target, kind: "AREA", subject: "A1", body: ANALYSIS, version: 0 })).toEqual({
      version: 1,
    });
    expect(await saveNarrative(members.mlsp, { ...target, kind: "INDICATOR", subject: "A1.1", body: EXPLANATION, version: 0 })).toEqual({
      version: 1,
    });
    expect(
      await saveNarrative(members.secretariat, { ...target, kind: "AREA", subject: "A1", body: `${ANALYSIS} Updated.`, version: 1 }),
    ).toEqual({ version: 2 });
    const texts = await listCycleNarratives(members.viewer, target);
    expect(texts?.map((text) => [text.kind, text.version]).sort()).toEqual([
      ["AREA", 2],
      ["INDICATOR", 1],
      ["SUMMARY", 1],
    ]);
    expect(await db.auditEvent.count({ where: { action: "narrative.saved" } })).toBe(4);
  });

  const refusals: [string, () => Promise<unknown>, string, string][] = [
    [
      "a save from a stale version",
      () => saveNarrative(members.secretariat, { ...target, kind: "AREA", subject: "A1", body: "Mine", version: 1 }),
      "CONFLICT",
      "Someone changed this text since you opened it; reload to see their version, then apply your changes",
    ],
    [
      "a second first save",
      () => saveNarrative(members.secretariat, { ...target, kind: "SUMMARY", body: "Another", version: 0 }),
      "CONFLICT",
      "Someone changed this text since you opened it; reload to see their version, then apply your changes",
    ],
    [
      "a focal point writing the summary",
      () => saveNarrative(members.mlsp, { ...target, kind: "SUMMARY", body: "Ours", version: 0 }),
      "FORBIDDEN",
      "",
    ],
    [
      "another institution explaining an indicator",
      () => saveNarrative(members.mfa, { ...target, kind: "INDICATOR", subject: "A1.2", body: "Theirs", version: 0 }),
      "FORBIDDEN",
      "Only the institutions that report this indicator may explain it",
    ],
    [
      "an unknown area",
      () => saveNarrative(members.secretariat, { ...target, kind: "AREA", subject: "Z9", body: "Text", version: 0 }),
      "NOT_FOUND",
      "There is no area Z9 in this cycle",
    ],
    [
      "a text over the limit",
      () =>
        saveNarrative(members.secretariat, {
          ...target,
          kind: "AREA",
          subject: "A2",
          body: "x".repeat(NARRATIVE_MAX_LENGTH + 1),
          version: 0,
        }),
      "BAD_REQUEST",
      "Check the text",
    ],
    [
      "an unknown kind",
      () => saveNarrative(members.secretariat, { ...target, kind: "HTML", body: "<b>x</b>", version: 0 }),
      "BAD_REQUEST",
      "Check the text",
    ],
    [
      "an unknown field",
      () => saveNarrative(members.secretariat, { ...target, kind: "SUMMARY", body: "x", version: 1, html: "<b>" }),
      "BAD_REQUEST",
      "Check the text",
    ],
  ];

  it.each(refusals)("refuses %s and changes nothing", async (_case, work, code, message) => {
    const before = await snapshot();
    const error = await catchAppError(work);
    expect(error.code).toBe(code);
    if (message) expect(error.message).toBe(message);
    expect(await snapshot()).toEqual(before);
  });
});

describe("who may write narratives", () => {
  it("refuses the summary to all but the secretariat and an explanation to all but the reporting institution", async () => {
    const { admin, workingGroup, viewer, mlsp, mfa, nbs, secretariat } = members;
    const cases = [
      ...Object.entries({ admin, workingGroup, viewer, mlsp, mfa, nbs }).map(([role, access]) => ({
        role,
        access,
        kind: "SUMMARY",
        subject: "",
      })),
      ...Object.entries({ admin, workingGroup, viewer, mfa, nbs, secretariat }).map(([role, access]) => ({
        role,
        access,
        kind: "INDICATOR",
        subject: "A1.1",
      })),
    ];
    for (const { role, access, kind, subject } of cases) {
      const before = await snapshot();
      const error = await catchAppError(saveNarrative(access, { ...target, kind, subject, body: "Not mine to write", version: 1 }));
      expect(error.code, `${role} ${kind}`).toBe("FORBIDDEN");
      expect(await snapshot(), role).toEqual(before);
    }
  });
});

describe("the working-group report", () => {
  it("has the summary up front, the analysis with its area, the explanation with its indicator and the evidence annex", async () => {
    const model = await loadReport(members.secretariat, target.frameworkCode, { year: 2025, includeProvisional: true });
    expect(model.summaryNarrative?.[0]).toEqual({
      kind: "paragraph",
      runs: [{ text: "The " }, { text: "2025", bold: true }, { text: " round covered most indicators." }],
    });
    const a1 = model.areas.find((area) => area.code === "A1")!;
    expect(a1.analysis?.[0]?.kind).toBe("paragraph");
    expect(a1.indicators.find((indicator) => indicator.code === "A1.1")?.explanation).toEqual([
      // The tags are dropped; what stood between them is plain text, as on the page.
      { kind: "paragraph", runs: [{ text: "The count comes from the 2025 labour force survey " }, { text: "alert(1)" }, { text: "." }] },
    ]);
    expect(model.evidenceAnnex).toEqual([
      {
        indicatorCode: "A1.1",
        indicatorName: expect.any(String),
        breakdown: "Total",
        files: [expect.objectContaining({ name: "Ancheta forței de muncă.pdf", type: "PDF" })],
      },
    ]);

    const document = strFromU8(unzipSync(await renderReportDocx(model))["word/document.xml"]!);
    for (const text of [
      "round covered most indicators.",
      "foreign affairs: late",
      "Labour indicators improved",
      "labour force survey",
      "Annex: evidence files",
      "Ancheta forței de muncă.pdf",
    ])
      expect(document).toContain(text);
    expect(document).not.toContain("script");
    expect(document.indexOf("round covered most indicators.")).toBeLessThan(document.indexOf("Labour indicators improved"));

    // PDF text is in compressed streams; the link of the summary and the outline's titles are not.
    const pdf = Buffer.from(await renderReportPdf(model)).toString("latin1");
    expect(pdf).toContain("https://gov.example/plan");
    expect(pdf).toMatch(/Annex: evidence files|\.\s*A\s*n\s*n\s*e\s*x/);
  });

  it("lists in the annex only the files of values the reader may read", async () => {
    for (const reader of [members.viewer, members.mfa]) {
      const model = await loadReport(reader, target.frameworkCode, { year: 2025, includeProvisional: true });
      expect(model.evidenceAnnex).toEqual([]);
    }
  });
});
